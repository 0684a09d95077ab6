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
  // "Smith, who …, said": the relative pronoun is the speaker; resolution finds its antecedent.
  if (w === 'who') return { first: j, last: j };
  if (w === ',') return appositiveSubject(ctx, j, s);
  return npEndingAt(ctx, j, s);
}

const CLAUSE_LEADS = new Set(['but', 'and', 'meanwhile', 'still', 'also', 'yet', 'so', 'now', 'then', 'however']);

/**
 * "NP1, APPOSITIVE(, …), said" where NP1 opens the clause; `comma` is the comma before the cue.
 * Tries each earlier comma from the left, so "Woodrow Benford, 58, who lives …, says" works.
 */
function appositiveSubject(ctx: Ctx, comma: number, s: number): TokSpan | null {
  const lo = Math.max(s, comma - 45);
  for (let k = lo; k < comma; k++) {
    const w = word(ctx, k);
    if (w === '“' || w === '”' || w === '"') return null;
    if (w !== ',') continue;
    const head = npEndingAt(ctx, k - 1, s);
    if (!head) continue;
    // NP1 must open its clause, or this is "…, X said" with a longer content before.
    const before = head.first - 1;
    if (before >= s && !CLAUSE_LEADS.has(word(ctx, before)) && pos(ctx, before) !== 'SCONJ') continue;
    const next = word(ctx, k + 1);
    const inner = npStartingAt(ctx, k + 1, comma - 1, false);
    if (!inner && next !== 'who' && pos(ctx, k + 1) !== 'NUM') continue;
    return { first: head.first, last: comma - 1 };
  }
  return nominalRun(ctx, comma, s);
}

const RUN_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ']);
const RUN_WORDS = new Set([',', '-', 'of', 'for', 'at', 'from', 'in', '(', ')']);

/** "One Republican hopeful, Carly Fiorina, says": a clause opening made only of noun-phrase words and commas. */
function nominalRun(ctx: Ctx, comma: number, s: number): TokSpan | null {
  let k = comma - 1;
  let named = false;
  while (k >= s && comma - k <= 25) {
    const w = word(ctx, k);
    const p = pos(ctx, k);
    if (!(RUN_POS.has(p) || RUN_WORDS.has(w))) break;
    if (p === 'PROPN' || p === 'NOUN') named = true;
    k--;
  }
  const first = k + 1;
  if (!named || first >= comma) return null;
  if (k >= s && !CLAUSE_LEADS.has(word(ctx, k)) && pos(ctx, k) !== 'SCONJ' && !/^[”"’]$/.test(word(ctx, k))) return null;
  if (pos(ctx, first) === 'PUNCT' || pos(ctx, first) === 'CCONJ') return null;
  let commas = 0;
  for (let j = first; j < comma; j++) if (word(ctx, j) === ',') commas++;
  return commas >= 1 ? { first, last: comma - 1 } : null;
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
