import type { Span } from '../../../model/annotations.js';
import { pos, sentenceBounds, tStart, word, type Ctx } from '../context.js';
import { quoteChainSpans } from '../content.js';
import { quoteIndexAt } from '../quotes.js';

/**
 * "Trump told CNBC on Saturday. “We are not going to pay …”": when what follows a cue is only a
 * circumstance (no verb, no quote), the quote opening the next sentence is the content.
 * Returns that quote's spans, or null.
 */
export function nextSentenceQuote(ctx: Ctx, si: number, content: Span[]): Span[] | null {
  if (si + 1 >= ctx.doc.sentences.length) return null;
  for (const c of content) {
    if (/[“"]/.test(ctx.text.slice(c.start, c.end))) return null;
    const r = ctx.doc.tokenRange(c);
    for (let k = r.first; k < r.end; k++) if (pos(ctx, k) === 'VERB' || pos(ctx, k) === 'AUX' || word(ctx, k) === 'that') return null;
    if (r.end - r.first > 14) return null;
  }
  const { s } = sentenceBounds(ctx, si + 1);
  const qk = quoteIndexAt(ctx.quotes, tStart(ctx, s));
  if (qk < 0 || ctx.quotes[qk].start !== tStart(ctx, s)) return null;
  return quoteChainSpans(ctx.quotes, qk);
}
