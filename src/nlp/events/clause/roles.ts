import type { Doc } from '../../../model/doc.js';
import { tokenFlags } from '../token-flags.js';
import { npEndingAt, npStartingAt, type NounPhrase } from './noun-phrase.js';
import { verbChain } from './verb-chain.js';

/** Prepositions that introduce the one an action is directed at: "attack on", "talks with". */
const OBJECT_PREPS = new Set(['against', 'with', 'on', 'upon', 'to', 'at', 'into', 'toward', 'towards', 'of', 'from']);
const RELATIVE = new Set(['who', 'which', 'that']);
const STOP = new Set([';', ':', '(', ')']);

function sentenceOf(doc: Doc, i: number) {
  return doc.sentences[doc.sentenceOfToken(i)];
}

/**
 * The subject of the verb at `v`: the noun phrase before its auxiliaries, skipping a conjoined
 * verb ("has uncovered and dismantled"), an appositive ("A Russian newspaper, Ryazan Gazette,"),
 * prepositional phrases and participles that modify the subject ("Cubans living in Russia had
 * joined"), and a relative pronoun ("forces who attacked").
 */
export function subjectOf(doc: Doc, v: number): NounPhrase | null {
  const s = sentenceOf(doc, v);
  const chain = verbChain(doc, v);
  let j = chain.first - 1;
  while (j - 1 >= s.tokenStart && doc.pos(j) === 'CCONJ' && doc.pos(j - 1) === 'VERB') j = verbChain(doc, j - 1).first - 1;
  j = skipTimeAndAdverbs(doc, j, s.tokenStart);
  // "it is willing to withdraw": the infinitive's subject is the subject of "is willing".
  if (chain.words[0] === 'to' && j - 1 >= s.tokenStart && doc.pos(j) === 'ADJ' && doc.pos(j - 1) === 'AUX') return subjectOf(doc, j - 1);
  if (j < s.tokenStart || STOP.has(doc.token(j))) return null;
  if (RELATIVE.has(doc.token(j).toLowerCase()) && j - 1 >= s.tokenStart) {
    j--;
    if (doc.token(j) === ',') j--;
  }
  if (doc.token(j) === ',') {
    // Appositive: "NP1, NP2, verb" → NP1 through NP2.
    const appositive = npEndingAt(doc, j - 1);
    if (appositive && doc.token(appositive.first - 1) === ',') {
      const outer = npEndingAt(doc, appositive.first - 2);
      if (outer) return { first: outer.first, last: appositive.last };
    }
    return null;
  }
  let np = npEndingAt(doc, j);
  for (let hop = 0; np && hop < 3; hop++) {
    let k = np.first - 1;
    if (k < s.tokenStart || doc.pos(k) !== 'ADP' || doc.token(k).toLowerCase() === 'of') break;
    k--;
    // "Washington along with its allies", "the army together with the police".
    if (k >= s.tokenStart && /^(along|together)$/i.test(doc.token(k))) k--;
    if (k >= s.tokenStart && doc.pos(k) === 'VERB' && /(ing|ed)$/i.test(doc.token(k))) k--;
    const outer = k >= s.tokenStart ? npEndingAt(doc, k) : null;
    if (!outer) break;
    np = outer;
  }
  return np;
}

/** Step left over time expressions and adverbs before a verb: "The Council today agreed", "X on Thursday demanded". */
function skipTimeAndAdverbs(doc: Doc, j: number, lo: number): number {
  const { inDate } = tokenFlags(doc);
  let k = j;
  while (k >= lo && (doc.pos(k) === 'ADV' || inDate[k])) k--;
  // The preposition that introduced the time expression: "on Thursday".
  if (k < j && k >= lo && doc.pos(k) === 'ADP' && inDate[k + 1]) k--;
  return k;
}

/**
 * The object of a verb or noun whose words end at `after - 1`: a noun phrase, maybe after a
 * preposition, skipping a time expression ("rejected Thursday a UN appeal"); for a "that" clause
 * its subject ("demanded that the US cancel ..." → the US).
 */
export function objectAfter(doc: Doc, after: number, preps: Set<string> = OBJECT_PREPS): NounPhrase | null {
  const s = sentenceOf(doc, after - 1);
  const { inDate } = tokenFlags(doc);
  let j = after;
  while (j < s.tokenEnd && ((doc.pos(j) === 'ADV' || doc.pos(j) === 'PART') && doc.token(j).toLowerCase() !== 'to' || inDate[j])) j++;
  if (j >= s.tokenEnd) return null;
  if (doc.token(j).toLowerCase() === 'that' && doc.pos(j) !== 'DET') return npStartingAt(doc, j + 1);
  if (doc.pos(j) === 'ADP' || doc.token(j).toLowerCase() === 'to') {
    if (!preps.has(doc.token(j).toLowerCase())) return null;
    j++;
  }
  if (j < s.tokenEnd && doc.pos(j) === 'VERB') return null;
  return npStartingAt(doc, j);
}

/** The agent of a passive verb: the noun phrase after "by" a few words on. */
export function passiveAgent(doc: Doc, v: number): NounPhrase | null {
  const s = sentenceOf(doc, v);
  for (let j = v + 1; j < Math.min(s.tokenEnd, v + 8); j++) {
    if (doc.pos(j) === 'PUNCT' || doc.pos(j) === 'VERB') return null;
    if (doc.token(j).toLowerCase() === 'by') return npStartingAt(doc, j + 1);
  }
  return null;
}

/** A prepositional object after a passive verb or a noun: "initiated against people", "attack on the base". */
export function prepObjectAfter(doc: Doc, from: number, preps: Set<string>): NounPhrase | null {
  const s = sentenceOf(doc, from);
  for (let j = from; j < Math.min(s.tokenEnd, from + 6); j++) {
    if (doc.pos(j) === 'PUNCT' || (doc.pos(j) === 'VERB' && j > from)) return null;
    if (preps.has(doc.token(j).toLowerCase()) && doc.pos(j) === 'ADP') return npStartingAt(doc, j + 1);
  }
  return null;
}

/** The verb that governs a noun trigger as its object: "launched an attack", "held talks". */
export function governingVerb(doc: Doc, n: number): number {
  const s = sentenceOf(doc, n);
  for (let j = n - 1; j >= s.tokenStart && j >= n - 6; j--) {
    if (doc.pos(j) === 'VERB') return j;
    if (doc.pos(j) === 'PUNCT' || doc.pos(j) === 'ADP') return -1;
  }
  return -1;
}

/** The possessor before a noun: "Cuba's crackdown" → Cuba. */
export function possessorOf(doc: Doc, np: NounPhrase): NounPhrase | null {
  for (let j = np.first; j < np.last; j++) {
    if (doc.token(j) === "'s" || doc.token(j) === '’s') return npEndingAt(doc, j - 1);
  }
  return null;
}
