import type { Doc } from '../../model/doc.js';

const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo']);
/** "is due to", "is set to", "are to", "plans to": a verb after these tells of something still to come. */
const FUTURE_TO = new Set(['is', 'are', 'am', 'going', 'due', 'set', 'expected', 'scheduled', 'plans', 'plan', 'planning', 'intends', 'aims', 'hopes']);

/** The verb a date attaches to: the nearest verb before it in its sentence, else the first after. */
function governingVerb(doc: Doc, token: number): number {
  const s = doc.sentences[doc.sentenceOfToken(token)];
  for (let i = token - 1; i >= s.tokenStart; i--) if (doc.pos(i) === 'VERB') return i;
  for (let i = token + 1; i < s.tokenEnd; i++) if (doc.pos(i) === 'VERB') return i;
  return -1;
}

/**
 * True when the clause around token `token` speaks of the future ("will meet on Friday",
 * "is due to vote in May"), so a bare weekday or month resolves forward instead of back.
 */
export function isFutureAt(doc: Doc, token: number): boolean {
  if (token >= doc.tokenCount) return false;
  const verb = governingVerb(doc, token);
  if (verb < 0) return false;
  if (doc.token(verb).toLowerCase() === 'going' && verb - 1 >= 0 && /^(am|is|are|'m|'re|'s)$/i.test(doc.token(verb - 1))) return true;
  const s = doc.sentences[doc.sentenceOfToken(verb)];
  for (let i = verb - 1, seen = 0; i >= s.tokenStart && seen < 4; i--, seen++) {
    const word = doc.token(i).toLowerCase();
    const pos = doc.pos(i);
    // The lemma is looked up last: it is the costly test and only auxiliaries need it.
    if (FUTURE_AUX.has(word) || pos === 'AUX' && FUTURE_AUX.has(doc.lemma(i))) return true;
    if (word === 'to' && i - 1 >= s.tokenStart && FUTURE_TO.has(doc.token(i - 1).toLowerCase())) return true;
    // "I am going to Italy in November": a present-progressive "going" is an arrangement to come.
    if (word === 'going' && i - 1 >= s.tokenStart && /^(am|is|are|'m|'re|'s)$/i.test(doc.token(i - 1))) return true;
    if (pos === 'VERB' || pos === 'PUNCT' || pos === 'SCONJ') break;
  }
  return false;
}

/** Finite verbs of the past: "was", "had", "did" and past forms the lemmatiser changes ("took"). */
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", 'can', 'may', 'must', 'does', 'do', 'has', 'have']);

/**
 * True when the sentence around token `token` is in the habitual present: it has a present-tense
 * verb ("is", "occurs", "can be") and no past or future one. "The monsoon occurs in July" and
 * "October is Magic Month" speak of every year; "the broadcasts began on August 10" does not.
 */
export function isHabitualAt(doc: Doc, token: number): boolean {
  if (token >= doc.tokenCount) return false;
  const s = doc.sentences[doc.sentenceOfToken(token)];
  let present = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const pos = doc.pos(i);
    if (pos !== 'AUX' && pos !== 'VERB') continue;
    const word = doc.token(i).toLowerCase();
    if (FUTURE_AUX.has(word) || PAST_AUX.has(word) || word === 'would' || word === 'could') return false;
    if (pos === 'AUX') {
      if (PRESENT_AUX.has(word)) present = true;
      continue;
    }
    let j = i - 1;
    while (j > s.tokenStart && (doc.pos(j) === 'ADV' || doc.pos(j) === 'PART') && doc.token(j).toLowerCase() !== 'to') j--;
    const afterAux = j >= s.tokenStart && doc.pos(j) === 'AUX';
    // A progressive ("are meeting") tells of now or of an arrangement, not of every year.
    if (/ing$/.test(word) && afterAux && /^(am|is|are|'m|'re|'s|be|being|been)$/.test(doc.token(j).toLowerCase())) return false;
    // Participles and infinitives after an auxiliary or "to" take their tense from it.
    if (/ing$/.test(word) || afterAux || (j >= s.tokenStart && doc.token(j).toLowerCase() === 'to')) continue;
    if (/ed$/.test(word) || (!/s$/.test(word) && doc.lemma(i) !== word)) return false;
    present = true;
  }
  return present;
}
