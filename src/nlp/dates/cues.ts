import type { Doc } from '../../model/doc.js';

/**
 * Cues: words or characters a date rule cannot match without. Finding them once per report lets
 * each sentence skip the rules it cannot feed (most sentences of news copy hold no date), with the
 * same result as running every rule everywhere.
 */
export type DateCue = 'digit' | 'month' | 'weekday' | 'quarter' | 'period' | 'day';

const CUES: Array<[DateCue, RegExp]> = [
  ['digit', /[0-9]/g],
  ['month', /january|february|march|april|may|june|july|august|september|october|november|december/gi],
  ['weekday', /sunday|monday|tuesday|wednesday|thursday|friday|saturday/gi],
  ['quarter', /quarter/gi],
  ['period', /year|month|season/gi],
  ['day', /day/gi],
];

const BIT = new Map<DateCue, number>(CUES.map(([cue], k) => [cue, 1 << k]));

/** The bit mask of a list of cues; a rule runs on a sentence whose mask shares a bit with it. */
export function cueMask(cues: readonly DateCue[]): number {
  return cues.reduce((mask, c) => mask | BIT.get(c)!, 0);
}

/** Cue mask of each sentence of `doc` (one search per cue over the whole text). */
export function sentenceCues(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.sentences.length);
  for (const [cue, re] of CUES) {
    const bit = BIT.get(cue)!;
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const si = doc.sentenceAt(m.index);
      if (si < 0) continue;
      // A cue is a substring of the sentence only when it ends inside it.
      if (m.index + m[0].length > doc.sentences[si].end) {
        re.lastIndex = m.index + 1;
        continue;
      }
      out[si] |= bit;
      // The rest of the sentence cannot add this cue again.
      re.lastIndex = Math.max(re.lastIndex, doc.sentences[si].end);
    }
  }
  return out;
}
