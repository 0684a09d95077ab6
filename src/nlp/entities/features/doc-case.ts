/** Bits of a token's document-case code (0 = not capitalised, no feature). */
export const DOC_CASE_CAP = 1;
/** The word's lower-case form also occurs in lower case elsewhere in the document. */
export const DOC_CASE_LOWER_ELSEWHERE = 2;
/** The word occurs capitalised, not sentence-initially, elsewhere in the document. */
export const DOC_CASE_CAP_MID_ELSEWHERE = 4;
/** The token starts its sentence. */
export const DOC_CASE_INITIAL = 8;

const HAS_LETTER = /\p{L}/u;

/**
 * Document-level case evidence for each capitalised token: is the word seen in lower case
 * elsewhere in the document (a common word capitalised by position: "Last", "Officials"), and is
 * it seen capitalised mid-sentence elsewhere (a name). Computed from the text alone, so training
 * and run time see the same thing without a first tagging pass.
 */
export function docCaseCodes(sentences: readonly (readonly string[])[]): Uint8Array[] {
  const lowerSeen = new Set<string>();
  const capMid = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      if (!HAS_LETTER.test(w)) continue;
      const first = w[0];
      if (first === first.toLowerCase() && first !== first.toUpperCase()) lowerSeen.add(w.toLowerCase());
      else if (i > 0 && first !== first.toLowerCase()) capMid.set(w, (capMid.get(w) ?? 0) + 1);
    }
  }
  return sentences.map((s) => {
    const codes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      const first = w[0];
      if (first === undefined || first === first.toLowerCase()) continue;
      let c = DOC_CASE_CAP;
      if (lowerSeen.has(w.toLowerCase())) c |= DOC_CASE_LOWER_ELSEWHERE;
      const mid = (capMid.get(w) ?? 0) - (i > 0 ? 1 : 0);
      if (mid > 0) c |= DOC_CASE_CAP_MID_ELSEWHERE;
      if (i === 0) c |= DOC_CASE_INITIAL;
      codes[i] = c;
    }
    return codes;
  });
}
