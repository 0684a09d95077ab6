import type { Span } from '../../../model/annotations.js';
import { lemma, pos, tEnd, tStart, word, type Ctx } from '../context.js';
import { contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { skipLeftModifiers } from '../modifiers.js';
import { npEndingAt } from '../noun-phrase.js';

const LEMMAS = new Set(['seem', 'appear']);

/** True when what follows "seem/appear" at `k` is a judgement ("to be …", "unperturbed", "that …"), not "appeared on TV". */
function judgementAt(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k);
  if (w === 'to') return pos(ctx, k + 1) === 'VERB' || pos(ctx, k + 1) === 'AUX';
  if (w === 'that' || w === 'like' || (w === 'as' && word(ctx, k + 1) === 'if')) return true;
  if (pos(ctx, k) === 'ADV' && pos(ctx, k + 1) === 'ADJ') return true;
  return pos(ctx, k) === 'ADJ';
}

/**
 * "The crowd seemed unperturbed", "X appears to be moving behind Trump", "It appears that …": the
 * writer's own hedged judgement. No source is named; the content is the subject and the
 * predicate together (two spans), or the "that" clause after "it appears".
 */
export function authorEvidentials(ctx: Ctx, si: number): Draft[] {
  const sent = ctx.doc.sentences[si];
  const s = sent.tokenStart;
  const e = sent.tokenEnd;
  const out: Draft[] = [];
  for (let i = s + 1; i < e - 1; i++) {
    if (!LEMMAS.has(lemma(ctx, i)) || (pos(ctx, i) !== 'VERB' && pos(ctx, i) !== 'AUX')) continue;
    if (!judgementAt(ctx, i + 1) && !(word(ctx, i + 1) === ',' && pos(ctx, i + 2) === 'ADV')) continue;
    const j = skipLeftModifiers(ctx, i - 1, s);
    if (j < s) continue;
    const rest = contentRight(ctx, word(ctx, i + 1) === ',' ? i + 1 : i + 1, si);
    if (rest.length === 0) continue;
    let content: Span[];
    if (word(ctx, j) === 'it' || word(ctx, j) === 'there') {
      if (word(ctx, j) === 'it' && !rest.some((c) => /\bthat\b/.test(ctx.text.slice(c.start, c.end)))) continue;
      content = rest;
    } else {
      const np = npEndingAt(ctx, j, s);
      if (!np || /^(i|we|you)$/.test(word(ctx, np.last))) continue;
      content = [{ start: tStart(ctx, np.first), end: tEnd(ctx, np.last) }, ...rest];
    }
    out.push({
      sentence: si,
      cue: { first: i, last: i },
      cueLemma: lemma(ctx, i),
      cueClass: 'evidential',
      speaker: { kind: 'none' },
      content,
      medium: null,
      rule: 'author-evidential',
    });
  }
  return out;
}
