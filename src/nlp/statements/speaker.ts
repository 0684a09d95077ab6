import { pos, word, type Ctx, type TokSpan } from './context.js';
import { skipLeftModifiers, skipRightModifiers } from './modifiers.js';
import { npEndingAt, npStartingAt } from './noun-phrase.js';

/**
 * The speaker written before a cue at token `cue`: "The ministry (has since) said",
 * "Smith, a spokesman for X, said", "Smith, who …, said". Returns null when the words before the
 * cue are not a noun phrase (the cue may then be inverted or share an earlier subject).
 */
export function speakerLeft(ctx: Ctx, cue: number, s: number): TokSpan | null {
  const j = skipLeftModifiers(ctx, cue - 1, s);
  // "Jolly said …": a capitalised sentence opener the tagger read as an adverb is a name.
  if (j < s) return cue - 1 === s && isOpeningName(ctx, s) ? { first: s, last: s } : null;
  const w = word(ctx, j);
  // "Smith, who …, said": the relative pronoun is the speaker; resolution finds its antecedent.
  // "The Post, which argued …": the same for an organisation.
  if (w === 'who' || (w === 'which' && word(ctx, j - 1) === ',')) return { first: j, last: j };

  if (w === ',') return appositiveSubject(ctx, j, s);
  if (w === ')') return parentheticalSubject(ctx, j, s);
  const reduced = reducedRelativeSubject(ctx, j, s);
  if (reduced) return { first: reduced.first, last: Math.max(reduced.last, j) };
  return coordinated(ctx, npEndingAt(ctx, j, s), s);
}

/**
 * "she and another reporter said", "he and Mr. Allen said": a pronoun or a name joined by "and"
 * to the phrase before the cue speaks with it.
 */
function coordinated(ctx: Ctx, np: TokSpan | null, s: number): TokSpan | null {
  if (!np || word(ctx, np.first - 1) !== 'and') return np;
  const k = np.first - 2;
  if (k < s) return np;
  const w = word(ctx, k);
  if (w === 'he' || w === 'she' || w === 'they' || w === 'we' || w === 'i') return { first: k, last: np.last };
  if (pos(ctx, k) !== 'PROPN') return np;
  const left = npEndingAt(ctx, k, s);
  return left ? { first: left.first, last: np.last } : np;
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

const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);

/** True when a verb or auxiliary that is not a participle sits in [a, b). */
function hasFiniteVerb(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const p = pos(ctx, k);
    if (p === 'AUX' || (p === 'VERB' && !/(?:ing|ed|en)$/.test(word(ctx, k)))) return true;
  }
  return false;
}

/** Sentence-initial adverbs that are not names ("Later said …" does not occur, but "Also" does). */
const OPENING_ADVERBS = new Set(['also', 'then', 'later', 'still', 'now', 'yet', 'earlier', 'previously', 'instead', 'meanwhile', 'finally', 'separately', 'similarly', 'however', 'so', 'again', 'once', 'often', 'never', 'always', 'here', 'there', 'today', 'recently', 'just', 'even', 'only', 'first', 'last', 'rather', 'thus', 'indeed', 'privately', 'publicly']);

/** A capitalised sentence opener the tagger called an adverb that reads as a surname ("Jolly said"). */
function isOpeningName(ctx: Ctx, s: number): boolean {
  const w = word(ctx, s);
  return pos(ctx, s) === 'ADV' && /^\p{Lu}/u.test(ctx.doc.token(s)) && !OPENING_ADVERBS.has(w);
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
    const head = word(ctx, k - 1) === ')' ? parentheticalSubject(ctx, k - 1, s) : npEndingAt(ctx, k - 1, s);
    if (!head) continue;
    // NP1 must open its clause, or this is "…, X said" with a longer content before.
    const before = head.first - 1;
    // NP1 opens its clause: at the sentence start, after a conjunction, a quote, or an
    // introductory phrase closed by a comma ("Speaking in Ohio, Smith, 70, said").
    if (before >= s && !CLAUSE_LEADS.has(word(ctx, before)) && pos(ctx, before) !== 'SCONJ' && !/^[”"’',]$/.test(word(ctx, before))) continue;
    const next = word(ctx, k + 1);
    const inner = npStartingAt(ctx, k + 1, comma - 1, false);
    // An appositive, "who/which/whose …", an age, or a participle phrase ("speaking on condition
    // of anonymity"); also a circumstance ("in Kentucky", "also campaigning in Ohio", "himself up for …").
    const participle = !inner && (pos(ctx, k + 1) === 'VERB' || /(?:ing|ed)$/.test(next) || (pos(ctx, k + 1) === 'ADJ' && pos(ctx, k + 2) === 'ADP')) && k + 1 < comma - 1;
    const circumstance = !inner && (pos(ctx, k + 1) === 'ADP' || pos(ctx, k + 1) === 'ADV' || /^(himself|herself|themselves|itself)$/.test(next)) && !hasFiniteVerb(ctx, k + 1, comma);
    if (!inner && !RELATIVES.has(next) && pos(ctx, k + 1) !== 'NUM' && !participle && !circumstance) continue;
    if (circumstance) return head;
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
  // A phrase opened by a preposition, a subordinator or a participle may run longer
  // ("In a speech in Westchester County on Tuesday night, Mr. Trump …").
  const p0 = pos(ctx, s);
  const longIntro = p0 === 'ADP' || p0 === 'SCONJ' || (p0 === 'VERB' && /ing$/.test(word(ctx, s)));
  for (let j = s; j < Math.min(upTo, s + (longIntro ? 25 : 8)); j++) {
    if (INTRO_END.has(word(ctx, j)) && pos(ctx, s) !== 'PROPN' && pos(ctx, s) !== 'DET') {
      k = j + 1;
      break;
    }
    if (pos(ctx, j) === 'VERB' && !(longIntro && j > s)) break;
    if (pos(ctx, j) === 'VERB' && longIntro && p0 !== 'VERB' && p0 !== 'SCONJ') break;
  }
  while (k < upTo && (pos(ctx, k) === 'CCONJ' || pos(ctx, k) === 'ADV' || pos(ctx, k) === 'PUNCT')) k++;
  const np = npStartingAt(ctx, k, upTo, false);
  if (!np) return null;
  // "Trump on Thursday ratcheted up …": a time phrase between the subject and its verb.
  let v = skipRightModifiers(ctx, np.last + 1, upTo).next;
  // "McConnell was quick to embrace …": an auxiliary right after the phrase is enough.
  if (v <= upTo && pos(ctx, v) === 'AUX') return np;
  while (v < upTo && (pos(ctx, v) === 'AUX' || pos(ctx, v) === 'ADV' || pos(ctx, v) === 'PART')) v++;
  if (v > upTo || (pos(ctx, v) !== 'VERB' && pos(ctx, v) !== 'AUX')) return null;
  return np;
}
