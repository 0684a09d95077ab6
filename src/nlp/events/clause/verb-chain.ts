import type { Doc } from '../../../model/doc.js';

/** The auxiliaries, adverbs and particles before a verb: "has not yet been", "will". */
export interface VerbChain {
  /** First token of the chain (the verb itself when it has no auxiliaries). */
  first: number;
  words: string[];
  passive: boolean;
}

const CHAIN_POS = new Set(['AUX', 'ADV', 'PART']);

/** True for a past participle by shape: "arrested", "taken", "held" (lemma differs from the word). */
function isParticiple(doc: Doc, i: number): boolean {
  const t = doc.token(i).toLowerCase();
  if (t.endsWith('ing')) return false;
  return t.endsWith('ed') || t.endsWith('en') || doc.lemma(i) !== t;
}

/**
 * True when token `i` works as a verb. wink tags some participles after an auxiliary as nouns
 * ("have been neutralized/NOUN"); the auxiliary settles it.
 */
export function isVerbAt(doc: Doc, i: number): boolean {
  if (doc.pos(i) === 'VERB') return true;
  const prev = i - 1 >= 0 ? doc.pos(i - 1) : 'X';
  return (doc.pos(i) === 'NOUN' || doc.pos(i) === 'ADJ') && prev === 'AUX' && /(ed|en)$/i.test(doc.token(i));
}

/**
 * Walk left from verb `v` over its auxiliaries. Passive when a form of "be" (or "get") is in the
 * chain and the verb is a participle: "was arrested", "have been initiated".
 */
export function verbChain(doc: Doc, v: number): VerbChain {
  const s = doc.sentences[doc.sentenceOfToken(v)];
  let first = v;
  const words: string[] = [];
  while (first - 1 >= s.tokenStart && (CHAIN_POS.has(doc.pos(first - 1)) || /^[“”"‘’]$/.test(doc.token(first - 1)))) {
    first--;
    words.unshift(doc.token(first).toLowerCase());
  }
  const be = words.some((w) => /^(is|are|was|were|be|been|being|am|'s|’s|got|get|gets|getting)$/.test(w));
  return { first, words, passive: be && isVerbAt(doc, v) && isParticiple(doc, v) };
}
