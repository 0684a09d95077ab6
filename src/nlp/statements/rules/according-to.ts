import { pos, word, type Ctx } from '../context.js';
import { contentLeft, contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { npStartingAt } from '../noun-phrase.js';

/** When the tagger garbles the source ("port/VERB records"), take the words up to the next comma. */
function sourceRun(ctx: Ctx, first: number, e: number): { first: number; last: number } | null {
  let k = first;
  while (k < e && k - first < 12 && !/^[,.;:!?)]$/.test(word(ctx, k))) k++;
  return k > first ? { first, last: k - 1 } : null;
}

/**
 * "According to X, …" and "…, according to X.": X is the source; the content is the rest of the
 * clause on the other side. Returns drafts for every "according to" in sentence `si`.
 */
export function accordingTo(ctx: Ctx, si: number): Draft[] {
  const sent = ctx.doc.sentences[si];
  const s = sent.tokenStart;
  const e = sent.tokenEnd;
  const out: Draft[] = [];
  for (let i = s; i + 1 < e; i++) {
    if (word(ctx, i) !== 'according' || word(ctx, i + 1) !== 'to') continue;
    let lead = i - 1;
    while (lead >= s && (pos(ctx, lead) === 'CCONJ' || pos(ctx, lead) === 'ADV' || /^[“"'(]$/.test(word(ctx, lead)))) lead--;
    const atStart = lead < s || word(ctx, lead) === ';' || word(ctx, lead) === ':';
    const np = npStartingAt(ctx, i + 2, e - 1, !atStart) ?? sourceRun(ctx, i + 2, e);
    if (!np) continue;
    let content;
    if (atStart) {
      const after = word(ctx, np.last + 1) === ',' ? np.last + 2 : np.last + 1;
      content = contentRight(ctx, after, si);
    } else {
      content = contentLeft(ctx, i - 1, si);
      // "The plan, according to X, will fail": the clause resumes after the source.
      if (word(ctx, np.last + 1) === ',' && np.last + 2 < e && pos(ctx, np.last + 2) !== 'PUNCT') content.push(...contentRight(ctx, np.last + 2, si));
    }
    if (content.length === 0) continue;
    out.push({
      sentence: si,
      cue: { first: i, last: i + 1 },
      cueLemma: 'according to',
      cueClass: 'according-to',
      speaker: { kind: 'span', span: np },
      content,
      kind: 'according-to',
      medium: null,
      rule: 'according-to',
    });
  }
  return out;
}
