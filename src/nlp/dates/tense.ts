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
  const s = doc.sentences[doc.sentenceOfToken(verb)];
  for (let i = verb - 1, seen = 0; i >= s.tokenStart && seen < 4; i--, seen++) {
    const word = doc.token(i).toLowerCase();
    const pos = doc.pos(i);
    if (FUTURE_AUX.has(word) || FUTURE_AUX.has(doc.lemma(i)) && pos === 'AUX') return true;
    if (word === 'to' && i - 1 >= s.tokenStart && FUTURE_TO.has(doc.token(i - 1).toLowerCase())) return true;
    if (pos === 'VERB' || pos === 'PUNCT' || pos === 'SCONJ') break;
  }
  return false;
}
