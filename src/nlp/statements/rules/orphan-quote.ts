import { tEnd, tStart, type Ctx } from '../context.js';
import type { Draft } from '../draft.js';

const MIN_WORDS = 5;

/**
 * A quotation of several words that no statement covers becomes a statement with no speaker, so
 * the quote is kept and flagged; short scare quotes ("so-called “experts”") are left alone.
 */
export function orphanQuotes(ctx: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const q of ctx.quotes) {
    const inner = ctx.text.slice(q.start + 1, q.end - 1);
    if (inner.trim().split(/\s+/).length < MIN_WORDS) continue;
    // A cue inside the quote ("“We know that …”") does not credit the quote to anyone: the quote
    // stays an orphan, and statements inside it become its children.
    const credited = drafts.some((d) => {
      const at = tStart(ctx, d.cue.first);
      if (at > q.start && at < q.end) return false;
      return d.content.some((c) => c.start < q.end && q.start < c.end);
    });
    if (credited) continue;
    const first = ctx.doc.tokenAtOrAfter(q.start);
    if (first >= ctx.doc.tokenCount || tStart(ctx, first) >= q.end) continue;
    const si = ctx.doc.sentenceOfToken(first);
    void tEnd;
    out.push({
      sentence: si,
      cue: { first, last: first },
      cueLemma: 'quote',
      cueClass: 'quote',
      speaker: { kind: 'none' },
      content: [{ start: q.start, end: q.end }],
      kind: 'direct',
      medium: null,
      rule: 'orphan-quote',
    });
  }
  return out;
}
