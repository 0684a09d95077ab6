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
  if (w === ')') return parentheticalSubject(ctx, j, s);
  const reduced = reducedRelativeSubject(ctx, j, s);
  if (reduced) return { first: reduced.first, last: Math.max(reduced.last, j) };
  return npEndingAt(ctx, j, s);
}

/** "Sen. Elizabeth Warren (D-MA) said": the name before a short parenthesis, with it. */
function parentheticalSubject(ctx: Ctx, close: number, s: number): TokSpan | null {
  for (let k = close - 1; k >= s && close - k <= 8; k--) {
    if (word(ctx, k) === '(') {
      const np = npEndingAt(ctx, k - 1, s);
      return np ? { first: np.first, last: close } : null;
    }
  }
  return null;
}

/** True for a past participle the tagger calls a verb ("filed", "compiled", "released"). */
const isParticiple = (ctx: Ctx, i: number): boolean => pos(ctx, i) === 'VERB' && /(?:ed|en|wn)$/.test(word(ctx, i));

/**
 * "A court document filed Thursday says", "records compiled by the Center for X show": a noun
 * phrase with a participle after it (and its "by" agent) is the subject as a whole. `j` is the
 * last token before the cue (after time phrases were skipped). Returns the whole phrase or null.
 */
function reducedRelativeSubject(ctx: Ctx, j: number, s: number): TokSpan | null {
  let part = -1;
  if (isParticiple(ctx, j)) part = j;
  else {
    const agent = npEndingAt(ctx, j, s);
    if (agent && word(ctx, agent.first - 1) === 'by' && isParticiple(ctx, agent.first - 2)) part = agent.first - 2;
  }
  if (part < 0 || !(pos(ctx, part - 1) === 'NOUN' || pos(ctx, part - 1) === 'PROPN')) return null;
  const head = npEndingAt(ctx, part - 1, s);
  if (!head) return null;
  // The phrase must open its clause, or "officials who reviewed records obtained by X" would be a subject.
  const before = head.first - 1;
  if (before >= s && !CLAUSE_LEADS.has(word(ctx, before)) && pos(ctx, before) !== 'SCONJ' && word(ctx, before) !== ',' && !/^[”"’—–]$/.test(word(ctx, before))) return null;
  return { first: head.first, last: j };
}

const CLAUSE_LEADS = new Set(['but', 'and', 'meanwhile', 'still', 'also', 'yet', 'so', 'now', 'then', 'however']);

/**
 * "NP1, APPOSITIVE(, …), said" where NP1 opens the clause; `comma` is the comma before the cue.
 * Tries each earlier comma from the left, so "Woodrow Benford, 58, who lives …, says" works.
 */
function appositiveSubject(ctx: Ctx, comma: number, s: number): TokSpan | null {
  let lo = Math.max(s, comma - 45);
  // Start after a closing quote: "“…,” Ramos, 58, told AFP".
  for (let k = comma - 1; k > lo; k--) {
    if (word(ctx, k) === '”' || (word(ctx, k) === '"' && word(ctx, k - 1) === ',')) {
      lo = k + 1;
      break;
    }
  }
  for (let k = lo; k < comma; k++) {
    const w = word(ctx, k);
    // A quote before the subject ("“…,” Ramos, 58, told AFP") bounds it; one inside the stretch ends the search.
    if (w === '“' || w === '"') return null;
    if (w !== ',') continue;
    const head = npEndingAt(ctx, k - 1, s);
    if (!head) continue;
    // NP1 must open its clause, or this is "…, X said" with a longer content before.
    const before = head.first - 1;
    if (before >= s && !CLAUSE_LEADS.has(word(ctx, before)) && pos(ctx, before) !== 'SCONJ' && !/^[”"’]$/.test(word(ctx, before))) continue;
    const next = word(ctx, k + 1);
    const inner = npStartingAt(ctx, k + 1, comma - 1, false);
    // An appositive, "who …", an age, or a participle phrase ("speaking on condition of anonymity").
    const participle = !inner && (pos(ctx, k + 1) === 'VERB' || /(?:ing|ed)$/.test(next) || (pos(ctx, k + 1) === 'ADJ' && pos(ctx, k + 2) === 'ADP')) && k + 1 < comma - 1;
    if (!inner && next !== 'who' && pos(ctx, k + 1) !== 'NUM' && !participle) continue;
    // A participle phrase describes the speaker's circumstances, not who it is: the name alone.
    if (participle) return head;
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
  // "McConnell was quick to embrace …": an auxiliary right after the phrase is enough.
  if (v <= upTo && pos(ctx, v) === 'AUX') return np;
  while (v < upTo && (pos(ctx, v) === 'AUX' || pos(ctx, v) === 'ADV' || pos(ctx, v) === 'PART')) v++;
  if (v > upTo || (pos(ctx, v) !== 'VERB' && pos(ctx, v) !== 'AUX')) return null;
  return np;
}
