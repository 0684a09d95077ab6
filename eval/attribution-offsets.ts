/**
 * Offsets in a report body kept in Unicode NFC (as `finishReport` stores it) mapped back to the
 * original text the gold annotations count in. Most files are already NFC and map one to one;
 * a decomposed "é" (e + combining accent) is two code units in the original and one in NFC.
 */
export function nfcOffsetMap(original: string): (offset: number) => number {
  const nfc = original.normalize('NFC');
  if (nfc === original) return (offset) => offset;
  // Normalise run by run: a run is a base character and the combining marks after it, so
  // each run's NFC form starts at a known original offset.
  const toOriginal: number[] = [];
  let built = '';
  const runs = original.match(/[^\p{M}][\p{M}]*|[\p{M}]+/gsu) ?? [];
  let at = 0;
  for (const run of runs) {
    const n = run.normalize('NFC');
    for (let k = 0; k < n.length; k++) toOriginal.push(k === 0 ? at : Math.min(at + k, at + run.length - 1));
    built += n;
    at += run.length;
  }
  toOriginal.push(original.length);
  // Runs that compose across their boundary (rare scripts) would break the map: keep identity.
  if (built !== nfc) return (offset) => offset;
  return (offset) => {
    if (offset <= 0) return 0;
    if (offset >= toOriginal.length - 1) return original.length;
    return toOriginal[offset];
  };
}
