import { sentenceBounds, tEnd, tStart, type Ctx } from '../context.js';
import type { Draft } from '../draft.js';
import { quoteIndexAt } from '../quotes.js';

/** The quote index when sentence `si` is one quotation and nothing else (bar final punctuation), else -1. */
function wholeQuote(ctx: Ctx, si: number): number {
  const { s, e } = sentenceBounds(ctx, si);
  const qk = quoteIndexAt(ctx.quotes, tStart(ctx, s));
  if (qk < 0 || ctx.quotes[qk].start !== tStart(ctx, s)) return -1;
  const rest = ctx.text.slice(ctx.quotes[qk].end, tEnd(ctx, e - 1));
  return /^[\s.!?…]*$/.test(rest) ? qk : -1;
}

/**
 * "“It is a tough charge,” Pence said. “But, come on.”": sentences that are only a quote, right
 * after a quoting statement, continue its content, until a sentence that is not a bare quote.
 * With `acrossParagraphs`, a following paragraph of bare quotes continues it too.
 */
export function quoteContinuation(ctx: Ctx, drafts: Draft[], acrossParagraphs = true): void {
  const claimed = new Set<number>();
  for (const d of drafts) {
    for (const c of d.content) {
      const a = ctx.doc.sentenceAt(c.start);
      const b = ctx.doc.sentenceAt(Math.max(c.start, c.end - 1));
      for (let k = a; k >= 0 && k <= b; k++) claimed.add(k);
    }
    claimed.add(d.sentence);
  }
  const sents = ctx.doc.sentences;
  for (const d of drafts) {
    if (d.rule === 'according-to' || d.content.length === 0) continue;
    const hasQuote = d.content.some((c) => /[“"]|''/.test(ctx.text.slice(c.start, c.end)));
    if (!hasQuote) continue;
    const last = d.content[d.content.length - 1];
    let si = Math.max(d.sentence, ctx.doc.sentenceAt(Math.max(last.start, last.end - 1)));
    while (si + 1 < sents.length && !claimed.has(si + 1)) {
      const qk = wholeQuote(ctx, si + 1);
      if (qk < 0) break;
      const gap = ctx.text.slice(sents[si].end, sents[si + 1].start);
      if (gap.includes('\n') && !acrossParagraphs) break;
      d.content.push({ start: ctx.quotes[qk].start, end: ctx.quotes[qk].end });
      claimed.add(si + 1);
      si++;
    }
  }
}
