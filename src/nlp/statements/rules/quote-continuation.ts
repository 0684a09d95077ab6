import { sentenceBounds, tEnd, tStart, type Ctx } from '../context.js';
import type { Draft } from '../draft.js';
import { quoteIndexAt } from '../quotes.js';

/** True when sentence `si` is one quotation and nothing else (bar final punctuation). */
function isWholeQuote(ctx: Ctx, si: number): number {
  const { s, e } = sentenceBounds(ctx, si);
  const qk = quoteIndexAt(ctx.quotes, tStart(ctx, s));
  if (qk < 0 || ctx.quotes[qk].start !== tStart(ctx, s)) return -1;
  const rest = ctx.text.slice(ctx.quotes[qk].end, tEnd(ctx, e - 1));
  return /^[\s.!?…]*$/.test(rest) ? qk : -1;
}

/**
 * "“It is a tough charge,” Pence said. “But, come on.”": a sentence that is only a quote, right
 * after a quoting statement in the same paragraph, continues that statement's content.
 */
export function quoteContinuation(ctx: Ctx, drafts: Draft[]): void {
  const bySentence = new Map<number, Draft>();
  for (const d of drafts) if (d.rule !== 'according-to') bySentence.set(d.sentence, d);
  const covered = (si: number) => drafts.some((d) => d.sentence === si || d.content.some((c) => c.start <= ctx.doc.sentences[si].start && ctx.doc.sentences[si].start < c.end));
  for (let si = 1; si < ctx.doc.sentences.length; si++) {
    const prev = bySentence.get(si - 1);
    if (!prev || covered(si)) continue;
    const qk = isWholeQuote(ctx, si);
    if (qk < 0) continue;
    const gap = ctx.text.slice(ctx.doc.sentences[si - 1].end, ctx.doc.sentences[si].start);
    if (gap.includes('\n')) continue;
    const quotesBefore = prev.content.some((c) => quoteIndexAt(ctx.quotes, c.start) >= 0 || /[“"]/.test(ctx.text.slice(c.start, c.end)));
    if (!quotesBefore) continue;
    prev.content.push({ start: ctx.quotes[qk].start, end: ctx.quotes[qk].end });
    bySentence.set(si, prev);
  }
}
