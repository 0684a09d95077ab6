import { foldName } from './normalise.js';

export const SIGNATURE_SIZE = 64;
const SHINGLE = 4;

// FNV-1a over a string, then a per-slot mix: cheap, deterministic, good enough for Jaccard estimates.
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** MinHash signature of a text's word 4-gram shingles. */
export function minhash(text: string): Uint32Array {
  const words = foldName(text).split(' ').filter(Boolean);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h, k + 1);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** LSH band keys: reports sharing one are candidates for a near-duplicate check. */
export function bandKeys(sig: Uint32Array, rows = 4): string[] {
  const keys: string[] = [];
  for (let b = 0; b < SIGNATURE_SIZE; b += rows) keys.push(`${b}:${Array.from(sig.subarray(b, b + rows)).join('.')}`);
  return keys;
}
