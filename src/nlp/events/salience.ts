import type { Doc } from '../../model/doc.js';

/*
 * Which events a sentence chiefly reports. PLOVER codes one event per sentence in its gold records,
 * and a reader wants the main clause's action first: "Iran threatened to launch an offensive
 * unless Baghdad accepted its conditions" is a threat, not an acceptance. Events in relative,
 * adverbial and participial clauses, and participles used as adjectives ("its long-threatened
 * invasion"), are background.
 */

/** Words that open a subordinate clause (a lone "that" opens reported content, which stays main). */
const SUBORDINATORS = new Set([
  'after', 'before', 'as', 'while', 'when', 'whenever', 'because', 'since', 'although', 'though', 'despite',
  'following', 'if', 'unless', 'until', 'till', 'whereas', 'where', 'who', 'whom', 'which', 'whose', 'once',
  'amid', 'without', 'by',
]);
const BREAK = new Set([',', ';', ':', '(', ')', '—', '–']);

/** True when the trigger starting at token `first` (head `head`) sits in a background clause. */
export function isSubordinate(doc: Doc, first: number, head: number): boolean {
  const s = doc.sentences[doc.sentenceOfToken(first)];
  const prev = first - 1 >= s.tokenStart ? doc.token(first - 1).toLowerCase() : '';
  // A participle as adjective: "its long-threatened invasion", "the proposed changes".
  const prevPos = first - 1 >= s.tokenStart ? doc.pos(first - 1) : '';
  if (doc.pos(head) === 'VERB' && head + 1 < s.tokenEnd && doc.pos(head + 1) === 'NOUN' && (prev === '-' || prevPos === 'DET' || prevPos === 'ADJ' || prevPos === 'PRON')) return true;
  // A participial adjunct after a comma: ", saying ...", ", charging its neighbour ...".
  if (prev === ',' && /ing$/i.test(doc.token(head)) && head === first && doc.pos(head) === 'VERB') return true;
  for (let j = first - 1; j >= s.tokenStart; j--) {
    const t = doc.token(j).toLowerCase();
    if (BREAK.has(t)) return false;
    // "since" as an adverb ("has since reported") opens nothing; "when", "where" are adverbs that do.
    const adverbOpener = doc.pos(j) === 'ADV' && /^(when|whenever|where|once)$/.test(t);
    if (t === 'since' && j - 1 >= s.tokenStart && doc.pos(j - 1) === 'AUX') continue;
    if (SUBORDINATORS.has(t) && (doc.pos(j) === 'SCONJ' || doc.pos(j) === 'PRON' || doc.pos(j) === 'ADP' || doc.pos(j) === 'DET' || adverbOpener)) {
      // "by" is subordinate only before a gerund: "by dumping sawdust".
      if (t === 'by' && !/ing$/i.test(doc.token(j + 1))) continue;
      return true;
    }
  }
  return false;
}
