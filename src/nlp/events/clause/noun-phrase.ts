import type { Doc } from '../../../model/doc.js';
import { tokenFlags } from '../token-flags.js';

/** A noun phrase by token indexes, inclusive. */
export interface NounPhrase {
  first: number;
  last: number;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const QUOTES = /^[“”"‘’']$/;

/** True for a token that can sit inside a noun phrase; a token of a name counts whatever its tag ("Red Cross/VERB"). */
export function isNpToken(doc: Doc, i: number): boolean {
  const pos = doc.pos(i);
  const t = doc.token(i);
  if (NP_POS.has(pos)) return true;
  if (tokenFlags(doc).inEntity[i]) return true;
  if (pos === 'PRON') return true;
  if (t === "'s" || t === '’s' || t === '-') return true;
  return false;
}

function bounds(doc: Doc, i: number): { lo: number; hi: number } {
  const s = doc.sentences[doc.sentenceOfToken(i)];
  return { lo: s.tokenStart, hi: s.tokenEnd };
}

/** A lone personal pronoun is its own phrase: "it has uncovered" must not grow into "says it". */
function isPersonalPronoun(doc: Doc, i: number): boolean {
  return doc.pos(i) === 'PRON' && !/^(its|their|his|her|our|my|your)$/i.test(doc.token(i));
}

/** A participle used as an adjective between a determiner and a noun: "the divided island", "its long-threatened invasion". */
function isAttributiveParticiple(doc: Doc, j: number, lo: number): boolean {
  if (doc.pos(j) !== 'VERB' || !/(ed|en|ing)$/i.test(doc.token(j)) || j - 1 < lo) return false;
  return ['DET', 'ADJ', 'PRON'].includes(doc.pos(j - 1)) || doc.token(j - 1) === '-';
}

/**
 * The noun phrase that ends at token `i`, grown leftwards over determiners, adjectives, nouns,
 * names, possessives, "of" ("the government of Cuba") and "and" between nominals ("Hungarian and
 * Romanian officials"). Null when `i` is not nominal.
 */
export function npEndingAt(doc: Doc, i: number): NounPhrase | null {
  if (i < 0 || i >= doc.tokenCount) return null;
  const { lo } = bounds(doc, i);
  if (i < lo || !isNpToken(doc, i) || doc.pos(i) === 'DET' && i === lo) return null;
  if (isPersonalPronoun(doc, i)) return { first: i, last: i };
  let first = i;
  while (first - 1 >= lo) {
    const j = first - 1;
    const t = doc.token(j).toLowerCase();
    // A determiner or quantity opens its phrase; a noun before it ends another: "the Ivory Coast | 5.1 million dollars".
    if ((doc.pos(first) === 'DET' || doc.pos(first) === 'NUM') && (doc.pos(j) === 'NOUN' || doc.pos(j) === 'PROPN')) break;
    if (isNpToken(doc, j) && !isPersonalPronoun(doc, j)) first = j;
    else if ((t === 'of' || t === 'and' || t === '&') && j - 1 >= lo && isNpToken(doc, j - 1) && !isPersonalPronoun(doc, j - 1) && doc.pos(j - 1) !== 'DET') first = j - 1;
    else if (isAttributiveParticiple(doc, j, lo)) first = j;
    else break;
  }
  return { first, last: i };
}

/** The noun phrase that starts at token `i`, grown rightwards the same way. */
export function npStartingAt(doc: Doc, i: number): NounPhrase | null {
  if (i < 0 || i >= doc.tokenCount) return null;
  const { hi } = bounds(doc, i);
  while (i < hi && QUOTES.test(doc.token(i))) i++;
  if (i >= hi || !isNpToken(doc, i)) return null;
  if (isPersonalPronoun(doc, i)) return { first: i, last: i };
  let last = i;
  while (last + 1 < hi) {
    const j = last + 1;
    const t = doc.token(j).toLowerCase();
    // A determiner after a noun starts a second phrase: "give Tanzania | a grant".
    // So does a quantity after a name: "gave the Ivory Coast | 5.1 million dollars".
    if ((doc.pos(j) === 'DET' || (doc.pos(j) === 'NUM' && doc.pos(last) === 'PROPN')) && (doc.pos(last) === 'NOUN' || doc.pos(last) === 'PROPN')) break;
    if (isNpToken(doc, j) && !isPersonalPronoun(doc, j)) last = j;
    else if ((t === 'of' || t === 'and' || t === '&') && j + 1 < hi && isNpToken(doc, j + 1) && !isPersonalPronoun(doc, j + 1)) last = j + 1;
    else break;
  }
  // A phrase does not end on "and"/"of" or a determiner.
  while (last > i && doc.pos(last) === 'DET') last--;
  return { first: i, last };
}
