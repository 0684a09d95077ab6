import { pos, tEnd, tStart, word, type Ctx, type TokSpan } from './context.js';

/** Pronouns that can be a speaker on their own. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const LINKING_ADP = new Set(['of', 'for', 'at', 'from', 'to', 'in', 'on']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const NAME_CONNECTORS = new Set(['and', '&']);
const QUANTITY_HEADS = new Set([
  'majority', 'majorities', 'most', 'many', 'some', 'all', 'half', 'third', 'thirds', 'quarter', 'quarters',
  'percent', 'none', 'few', 'several', 'each', 'one', 'two', 'three', 'four', 'five', 'members', 'any', 'both',
]);
const SOURCE_LINKS = new Set(['familiar with', 'close to', 'briefed on', 'knowledgeable about', 'involved in']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'several', 'many', 'some', 'both', 'others', 'all', 'another']);

function isNominal(ctx: Ctx, i: number): boolean {
  const p = pos(ctx, i);
  return p === 'NOUN' || p === 'PROPN';
}

/**
 * A capitalised word the tagger read as a verb right after a name: "Vellmar Shipping",
 * "Acme Trading". Inside a sentence such a word is part of the name, not a verb.
 */
function isNameVerb(ctx: Ctx, i: number): boolean {
  return pos(ctx, i) === 'VERB' && pos(ctx, i - 1) === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(ctx.doc.token(i));
}

/** True when token `i` is glued to both neighbours ("R-Ariz", "co-founder"). */
function isGluedHyphen(ctx: Ctx, i: number): boolean {
  return (word(ctx, i) === '-' || word(ctx, i) === '–') && tEnd(ctx, i - 1) === tStart(ctx, i) && tEnd(ctx, i) === tStart(ctx, i + 1);
}

/** The entity mention covering token `i`, if any. */
function mentionAt(ctx: Ctx, i: number): { first: number; last: number } | null {
  const at = tStart(ctx, i);
  for (const m of ctx.mentions) {
    if (m.start > at) break;
    if (m.end > at) {
      const r = ctx.doc.tokenRange(m);
      return { first: r.first, last: r.end - 1 };
    }
  }
  return null;
}

/**
 * The noun phrase that ends at token `last` (a speaker before its cue), not reaching before `min`.
 * Grows left over names, titles, adjectives, possessives ("National Review's Ian Tuttle") and "of"
 * links ("the head of the agency"), stopping after a determiner. Entity mentions are taken whole;
 * without them the POS tags decide. Returns null when `last` cannot head a noun phrase.
 */
export function npEndingAt(ctx: Ctx, last: number, min: number): TokSpan | null {
  if (last < min) return null;
  const w = word(ctx, last);
  const p = pos(ctx, last);
  if (SUBJECT_PRONOUNS.has(w)) return { first: last, last };
  // "47% say": a percentage is a possible subject.
  if ((w === '%' || w === 'percent') && last - 1 >= min && pos(ctx, last - 1) === 'NUM') return { first: last - 1, last };
  if (!(p === 'NOUN' || p === 'PROPN' || (p === 'NUM' && last > min) || NUMBER_WORDS.has(w) || (last > min && isNameVerb(ctx, last)))) {
    const m = mentionAt(ctx, last);
    if (!m || m.last !== last) return null;
  }
  let first = last;
  const m = mentionAt(ctx, last);
  if (m && m.first >= min) first = m.first;
  let j = first - 1;
  while (j >= min) {
    const wj = word(ctx, j);
    const pj = pos(ctx, j);
    if (pj === 'DET' || POSSESSIVE_PRONOUNS.has(wj)) {
      first = j;
      // "workers at the port of Sines", "data from the recorder": the phrase goes on to its head.
      const link = word(ctx, j - 1);
      if ((link === 'of' || link === 'at' || link === 'from' || link === 'for') && j - 2 >= min && isNominal(ctx, j - 2)) {
        j--;
        continue;
      }
      // "people familiar with the talks", "a person close to the Clintons": the anonymous-source phrase.
      if (j - 3 >= min && SOURCE_LINKS.has(`${word(ctx, j - 2)} ${link}`) && isNominal(ctx, j - 3)) {
        j -= 3;
        first = j;
        j--;
        continue;
      }
      // "three-quarters of the voters", "most of the members": a quantity before "of" leads the phrase.
      if (word(ctx, j - 1) === 'of' && j - 2 >= min && QUANTITY_HEADS.has(word(ctx, j - 2))) {
        j -= 2;
        first = j;
        j--;
        continue;
      }
      break;
    }
    // "Sen. Rob Portman": a capitalised word inside a name that the tagger read as a verb.
    if (pj === 'PROPN' || pj === 'NOUN' || pj === 'ADJ' || pj === 'NUM' || (j > min && isNameVerb(ctx, j))) {
      first = j;
      j--;
      continue;
    }
    if (POSSESSIVE_MARKS.has(wj) && j - 1 >= min && (isNominal(ctx, j - 1) || pos(ctx, j - 1) === 'PROPN')) {
      first = j;
      j--;
      continue;
    }
    if (j - 1 >= min && isGluedHyphen(ctx, j)) {
      first = j - 1;
      j -= 2;
      continue;
    }
    // "Six in 10": a proportion reads as one phrase.
    if (wj === 'in' && pos(ctx, j + 1) === 'NUM' && j - 1 >= min && pos(ctx, j - 1) === 'NUM') {
      first = j - 1;
      j -= 2;
      continue;
    }
    if (LINKING_ADP.has(wj) && pj === 'ADP' && j - 1 >= min && isNominal(ctx, j - 1) && wj !== 'on' && wj !== 'in') {
      first = j;
      j--;
      continue;
    }
    if (NAME_CONNECTORS.has(wj) && j - 1 >= min && pos(ctx, j - 1) === 'PROPN' && pos(ctx, j + 1) === 'PROPN') {
      first = j;
      j--;
      continue;
    }
    break;
  }
  return { first, last };
}

/**
 * The noun phrase that starts at token `first` (a speaker after its cue: "said the minister"),
 * not reaching past `max` (inclusive). With `appositive`, a following ", a spokesman for …" or
 * ", who …" is included up to the end of the clause.
 */
export function npStartingAt(ctx: Ctx, first: number, max: number, appositive = true): TokSpan | null {
  if (first > max) return null;
  const w = word(ctx, first);
  if (SUBJECT_PRONOUNS.has(w) || w === 'him' || w === 'her' || w === 'them' || w === 'us' || w === 'me') {
    return { first, last: first };
  }
  let j = first;
  if (pos(ctx, j) === 'DET' || POSSESSIVE_PRONOUNS.has(w)) j++;
  let last = -1;
  while (j <= max) {
    const wj = word(ctx, j);
    const pj = pos(ctx, j);
    if (pj === 'PROPN' || pj === 'NOUN' || pj === 'ADJ' || pj === 'NUM') {
      // "the 46-year-old": an adjective glued by a hyphen ends a compound noun.
      if (pj !== 'ADJ' || (j - 1 > first && isGluedHyphen(ctx, j - 1))) last = j;
      j++;
      continue;
    }
    if (POSSESSIVE_MARKS.has(wj) && last === j - 1) {
      j++;
      continue;
    }
    if (isGluedHyphen(ctx, j) && j + 1 <= max) {
      j++;
      continue;
    }
    if (LINKING_ADP.has(wj) && last === j - 1 && j + 1 <= max && wj !== 'to' && wj !== 'on' && wj !== 'in') {
      const next = j + 1;
      if (pos(ctx, next) === 'DET' || isNominal(ctx, next) || pos(ctx, next) === 'ADJ') {
        j = pos(ctx, next) === 'DET' ? next + 1 : next;
        continue;
      }
    }
    if (NAME_CONNECTORS.has(wj) && last === j - 1 && pos(ctx, j - 1) === 'PROPN' && pos(ctx, j + 1) === 'PROPN') {
      j++;
      continue;
    }
    break;
  }
  if (last < first) return null;
  // Trailing "of"/"for" without a noun would have moved j but not last: last is the true end.
  if (appositive) last = extendAppositive(ctx, last, max);
  return { first, last };
}

const APPOSITIVE_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** ", a law professor at X" / ", 44, a retired teacher" / ", who …" up to the end of the clause. */
function extendAppositive(ctx: Ctx, last: number, max: number): number {
  if (word(ctx, last + 1) !== ',' || last + 2 > max) return last;
  const start = last + 2;
  const w = word(ctx, start);
  if (!(APPOSITIVE_START.has(pos(ctx, start)) || POSSESSIVE_PRONOUNS.has(w)) || pos(ctx, start) === 'NUM') return last;
  let end = last;
  for (let j = start; j <= max && j - start < 30; j++) {
    const wj = word(ctx, j);
    if (wj === '“' || wj === '"' || wj === ':' || wj === ';' || wj === '(' || wj === '—') break;
    if (wj === ',' && (pos(ctx, j + 1) === 'VERB' || pos(ctx, j + 1) === 'CCONJ' || pos(ctx, j + 1) === 'SCONJ')) break;
    if (wj === '.' || wj === '!' || wj === '?' || wj === 'who') break;
    if (wj !== ',') end = j;
  }
  // An appositive that does not reach the end of the clause is most likely not one.
  return end;
}
