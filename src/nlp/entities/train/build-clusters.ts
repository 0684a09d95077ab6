import { readFileSync } from 'node:fs';

/** Options for distributional word classes. */
export interface ClusterOptions {
  /** Only words seen at least this often get a class. */
  minCount: number;
  /** Context vocabulary size (most frequent words). */
  contexts: number;
  /** Projected vector size. */
  dims: number;
  /** Top-level and second-level cluster counts. */
  top: number;
  sub: number;
  iterations: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { minCount: 5, contexts: 1500, dims: 96, top: 24, sub: 16, iterations: 12 };

/** Lower-cased word tokens of a paragraph (letters, digits, inner apostrophes/hyphens/periods). */
export function simpleTokens(line: string): string[] {
  return line.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Deterministic ±1 from a (context, dim) pair, for the random projection. */
function sign(c: number, d: number): number {
  let x = Math.imul(c + 1, 0x9e3779b1) ^ Math.imul(d + 7, 0x85ebca6b);
  x ^= x >>> 15;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 13;
  return x & 1 ? 1 : -1;
}

/**
 * Learn word classes from unlabelled text: each frequent word is described by PPMI-weighted
 * counts of its left and right neighbours (among the most frequent words), randomly projected
 * to a small dense vector; spherical k-means then splits the words into `top` groups and each
 * group into `sub` classes. A class is written as a two-character path ("c7"), so its first
 * character is the coarse group. Deterministic: no randomness beyond fixed hashes, and
 * centroids start from the most frequent words.
 */
export function buildClusters(files: string[], opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, string> {
  const counts = new Map<string, number>();
  const paragraphs: string[][] = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const toks = simpleTokens(line).filter((t) => t !== 'unk');
      if (toks.length === 0) continue;
      paragraphs.push(toks);
      for (const t of toks) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= opts.minCount).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const C = Math.min(opts.contexts, vocab.length);
  // Left contexts are 0..C-1, right contexts C..2C-1.
  const co = new Map<number, number>();
  const ctxTotal = new Float64Array(2 * C);
  const wordTotal = new Float64Array(vocab.length);
  for (const p of paragraphs) {
    for (let i = 0; i < p.length; i++) {
      const w = vid.get(p[i]);
      if (w === undefined) continue;
      const l = i > 0 ? vid.get(p[i - 1]) : undefined;
      const r = i + 1 < p.length ? vid.get(p[i + 1]) : undefined;
      if (l !== undefined && l < C) {
        co.set(w * 2 * C + l, (co.get(w * 2 * C + l) ?? 0) + 1);
        ctxTotal[l]++;
        wordTotal[w]++;
      }
      if (r !== undefined && r < C) {
        co.set(w * 2 * C + C + r, (co.get(w * 2 * C + C + r) ?? 0) + 1);
        ctxTotal[C + r]++;
        wordTotal[w]++;
      }
    }
  }
  let total = 0;
  for (const x of ctxTotal) total += x;
  const D = opts.dims;
  const vecs = new Float32Array(vocab.length * D);
  for (const [key, n] of co) {
    const w = Math.floor(key / (2 * C));
    const c = key % (2 * C);
    const pmi = Math.log((n * total) / (wordTotal[w] * ctxTotal[c]));
    if (pmi <= 0) continue;
    for (let d = 0; d < D; d++) vecs[w * D + d] += pmi * sign(c, d);
  }
  for (let w = 0; w < vocab.length; w++) normalise(vecs, w * D, D);
  const all = vocab.map((_, i) => i);
  const topAssign = kmeans(vecs, D, all, opts.top, opts.iterations);
  const out = new Map<string, string>();
  for (let g = 0; g < opts.top; g++) {
    const members = all.filter((i) => topAssign[i] === g);
    if (members.length === 0) continue;
    const subAssign = kmeans(vecs, D, members, Math.min(opts.sub, members.length), opts.iterations);
    members.forEach((m, k) => out.set(vocab[m], `${g.toString(36)}${subAssign[k].toString(16)}`));
  }
  return out;
}

function normalise(v: Float32Array, o: number, D: number): void {
  let s = 0;
  for (let d = 0; d < D; d++) s += v[o + d] * v[o + d];
  const n = Math.sqrt(s) || 1;
  for (let d = 0; d < D; d++) v[o + d] /= n;
}

/**
 * Spherical k-means over the given rows (by index). Centroids start at the k most frequent
 * members spread evenly through the frequency order, so the result is deterministic.
 * Returns the cluster of each member, in member order.
 */
function kmeans(vecs: Float32Array, D: number, members: number[], k: number, iterations: number): Int32Array {
  const cent = new Float32Array(k * D);
  for (let c = 0; c < k; c++) {
    const m = members[Math.floor((c * members.length) / k)];
    cent.set(vecs.subarray(m * D, m * D + D), c * D);
  }
  const assign = new Int32Array(members.length);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < members.length; i++) {
      const o = members[i] * D;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < D; d++) s += vecs[o + d] * cent[c * D + d];
        if (s > best) { best = s; arg = c; }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < members.length; i++) {
      const o = members[i] * D;
      const c = assign[i] * D;
      for (let d = 0; d < D; d++) cent[c + d] += vecs[o + d];
    }
    for (let c = 0; c < k; c++) normalise(cent, c * D, D);
  }
  return assign;
}

/** Serialise classes as `word<TAB>class` lines, sorted by word (stable diffs). */
export function formatClusters(classes: Map<string, string>): string {
  return [...classes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, c]) => `${w}\t${c}`).join('\n') + '\n';
}
