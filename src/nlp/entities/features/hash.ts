/**
 * 32-bit FNV-1a over a string's UTF-16 code units, continuing from `h`. Features are stored by
 * hash, so the model needs no feature-string table and lookups need no string concatenation.
 */
export function hashStr(h: number, s: string): number {
  let x = h >>> 0;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 16777619);
  }
  return x >>> 0;
}

/** A distinct starting value per feature template. */
export function templateSeed(template: number): number {
  return (Math.imul(template + 1, 0x9e3779b1) ^ 0x811c9dc5) >>> 0;
}

/** Hash of template + one value. */
export function hash1(template: number, a: string): number {
  return hashStr(templateSeed(template), a);
}

/** Hash of template + two values, with a separator so ("ab","c") differs from ("a","bc"). */
export function hash2(template: number, a: string, b: string): number {
  return hashStr(hashStr(templateSeed(template), a) ^ 0x1f, b);
}
