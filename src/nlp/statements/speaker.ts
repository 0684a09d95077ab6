import { pos, word, type Ctx, type TokSpan } from './context.js';
import { skipLeftModifiers } from './modifiers.js';
import { npEndingAt, npStartingAt } from './noun-phrase.js';

/**
 * The speaker written before a cue at token `cue`: "The ministry (has since) said",
 * "Smith, a spokesman for X, said", "Smith, who …, said". Returns null when the words before the
 * cue are not a noun phrase (the cue may then be inverted or share an earlier subject).
 */
export function speakerLeft(ctx: Ctx, cue: number, s: number): TokSpan | null {
  const j = skipLeftModifiers(ctx, cue - 1, s);
  if (j < s) return null;
  const w = word(ctx, j);
  if (w === 'who' || w === 'which' || w === 'that') {
    // "Smith, who …": the antecedent before the relative pronoun.
    const k = word(ctx, j - 1) === ',' ? j - 2 : j - 1;
    const np = npEndingAt(ctx, k, s);
    return np ?? null;
  }
  if (w === ',') return appositiveSubject(ctx, j, s);
  return npEndingAt(ctx, j, s);
}

/** "NP1, APPOSITIVE, said" where NP1 opens the clause; `comma` is the comma before the cue. */
function appositiveSubject(ctx: Ctx, comma: number, s: number): TokSpan | null {
  let open = -1;
  for (let k = comma - 1; k >= s && comma - k < 30; k--) {
    if (word(ctx, k) === ',') {
      open = k;
      break;
    }
    if (word(ctx, k) === '“' || word(ctx, k) === '”' || word(ctx, k) === '"') return null;
  }
  if (open < 0) return null;
  const head = npEndingAt(ctx, open - 1, s);
  if (!head) return null;
  // NP1 must open its clause, or this is "…, X said" with a longer content before.
  const before = head.first - 1;
  if (before >= s && !['but', 'and', 'meanwhile', 'still', 'also', 'yet', 'so'].includes(word(ctx, before)) && pos(ctx, before) !== 'SCONJ') return null;
  const inner = npStartingAt(ctx, open + 1, comma - 1, false);
  const relative = word(ctx, open + 1) === 'who';
  if (!inner && !relative) return null;
  return { first: head.first, last: comma - 1 };
}

const INTRO_END = new Set([',']);

/**
 * The subject of the sentence: the noun phrase before its first verb, after any introductory
 * phrase ("In a statement, …", "On Monday, …"). Used when a second cue shares it.
 */
export function sentenceSubject(ctx: Ctx, s: number, upTo: number): TokSpan | null {
  let k = s;
  // Skip an introductory phrase that ends in a comma within the first few tokens.
  for (let j = s; j < Math.min(upTo, s + 8); j++) {
    if (INTRO_END.has(word(ctx, j)) && pos(ctx, s) !== 'PROPN' && pos(ctx, s) !== 'DET') {
      k = j + 1;
      break;
    }
    if (pos(ctx, j) === 'VERB') break;
  }
  while (k < upTo && (pos(ctx, k) === 'CCONJ' || pos(ctx, k) === 'ADV' || pos(ctx, k) === 'PUNCT')) k++;
  const np = npStartingAt(ctx, k, upTo, false);
  if (!np) return null;
  let v = np.last + 1;
  while (v < upTo && (pos(ctx, v) === 'AUX' || pos(ctx, v) === 'ADV' || pos(ctx, v) === 'PART')) v++;
  if (v > upTo || (pos(ctx, v) !== 'VERB' && pos(ctx, v) !== 'AUX')) return null;
  return np;
}
