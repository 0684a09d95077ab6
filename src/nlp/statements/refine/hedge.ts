import { HEDGE_VERBS, HEDGE_WORDS } from '../lexicon/hedges.js';
import { lemma, word, type Ctx } from '../context.js';

/**
 * True when the attribution is hedged: a hedge word ("reportedly", "allegedly", "may", "could")
 * between the start of the speaker-and-cue stretch and the cue, or "appeared/seemed to".
 * `from`..`to` are token indices (inclusive) around the cue.
 */
export function isHedged(ctx: Ctx, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to; k++) {
    if (HEDGE_WORDS.has(word(ctx, k))) return true;
    if (HEDGE_VERBS.has(lemma(ctx, k)) && word(ctx, k + 1) === 'to') return true;
  }
  return false;
}
