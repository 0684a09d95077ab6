import type { Doc } from '../../../model/doc.js';
import { overlapsAny, sortDrafts, type Draft, type Refiner } from '../draft.js';

const CUES = [['formerly', 'known', 'as'], ['formerly', 'called'], ['previously', 'known', 'as'], ['formerly'], ['also', 'known', 'as'], ['known', 'as']];

const CUE_FIRST = new Set(CUES.map((c) => c[0]));

/**
 * True when some token is a comma followed by a cue's first word (the test the loop below starts
 * with). Commas are found in the text by offset, without touching every token's string.
 */
function hasCue(doc: Doc, words: readonly string[]): boolean {
  const { text } = doc;
  const { start, end } = doc.tokens;
  for (let i = 0; i + 3 < doc.tokenCount; i++) {
    if (end[i + 1] - start[i + 1] === 1 && text.charCodeAt(start[i + 1]) === 44 && CUE_FIRST.has(words[i + 2])) return true;
  }
  return false;
}

/**
 * "X, formerly known as Twitter": the two names are one entity. Both become drafts (the second
 * pointing to the first through `aliasOf`) and share a type, MEDIA when either is a medium.
 */
export const formerlyKnownAs: Refiner = (drafts, { doc, words }) => {
  // Nearly every report has no cue at all: then the drafts pass through untouched.
  if (!hasCue(doc, words)) return drafts;
  let out = [...drafts];
  for (let i = 0; i + 3 < doc.tokenCount; i++) {
    if (words[i + 1] !== ',' || !CUE_FIRST.has(words[i + 2])) continue;
    const cue = CUES.find((c) => c.every((w, k) => i + 2 + k < doc.tokenCount && doc.token(i + 2 + k).toLowerCase() === w));
    if (!cue) continue;
    const bFirst = i + 2 + cue.length;
    if (bFirst >= doc.tokenCount || !/^\p{Lu}/u.test(doc.token(bFirst))) continue;
    let a = out.find((d) => d.end === i + 1);
    if (!a && /^\p{Lu}/u.test(doc.token(i))) {
      a = { first: i, end: i + 1, type: 'ORG', confidence: 0.7, rule: 'formerly-known-as' };
      if (!overlapsAny(out, i, i + 1)) out.push(a);
      else continue;
    }
    if (!a) continue;
    let b = out.find((d) => d.first === bFirst);
    if (!b) {
      let bEnd = bFirst + 1;
      while (bEnd < doc.tokenCount && /^\p{Lu}/u.test(doc.token(bEnd)) && doc.sentenceOfToken(bEnd) === doc.sentenceOfToken(bFirst)) bEnd++;
      if (overlapsAny(out, bFirst, bEnd)) continue;
      b = { first: bFirst, end: bEnd, type: a.type, confidence: 0.7, rule: 'formerly-known-as' };
      out.push(b);
    }
    const type = a.type === 'MEDIA' || b.type === 'MEDIA' ? 'MEDIA' : a.type;
    out = out.map((d) => {
      if (d === a) return { ...d, type } as Draft;
      if (d === b) return { ...d, type, aliasOf: a!.first, rule: `${d.rule}+formerly-known-as` } as Draft;
      return d;
    });
  }
  return sortDrafts(out);
};
