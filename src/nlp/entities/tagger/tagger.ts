import type { FeatureRows } from '../features/extract.js';
import type { NerModel } from './model-file.js';
import { TAG_COUNT } from './tags.js';
import { localMargins, localMarginsRange, viterbi, viterbiRange } from './viterbi.js';

/** A trained model ready for scoring: weight lookup by feature hash, and decoding. */
export interface Tagger {
  /** Best tag ids for each token of pre-extracted features, and each token's local margin (see viterbi.ts). */
  tag(rows: FeatureRows): { tags: Uint8Array; margin: Float32Array };
  /** Decode emission scores (n x K) into tags and margins (margins only for tokens inside entities). */
  decode(emit: Float64Array, n: number): { tags: Uint8Array; margin: Float32Array };
  /**
   * Decode tokens [from, to) of a document-wide emission table (row i is token i) into
   * `tags[from..to)` and, for tokens inside entities, `margin[from..to)`.
   */
  decodeRange(emit: Float64Array, from: number, to: number, tags: Uint8Array, margin: Float32Array): void;
  /** Row of feature `hash` in `weights` (its K weights start at row*K), or -1 when the model lacks it. */
  rowOf(hash: number): number;
  /** Weights widened to Float32 and scaled: feature row r, tag t at r*K + t. */
  weights: Float32Array;
  /** Add the weights of feature `hash` into `into` (length K); false when the model lacks it. */
  addWeights(hash: number, into: Float32Array | Float64Array, offset?: number): boolean;
  featureCount: number;
  meta: NerModel['meta'];
}

/**
 * Build a tagger over a model. Feature hashes go into an open-addressing table (linear probing)
 * so a lookup is a few integer operations; weights are widened to Float32 once at load.
 */
export function createTagger(model: NerModel): Tagger {
  const n = model.hashes.length;
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size).fill(-1);
  for (let f = 0; f < n; f++) {
    const h = model.hashes[f];
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    while (rows[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = h;
    rows[slot] = f;
  }
  // Float32 halves the memory the scorer walks per token; scores are sums of a few dozen weights.
  const w = new Float32Array(model.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = model.weights[i] * model.scale;
  const trans = Float64Array.from(model.transitions);
  const K = TAG_COUNT;
  const lookup = (h: number): number => {
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const r = rows[slot];
      if (r === -1) return -1;
      if (keys[slot] === h) return r;
      slot = (slot + 1) & mask;
    }
  };
  const decode = (emit: Float64Array, len: number) => {
    const tags = viterbi(emit, len, trans);
    return { tags, margin: localMargins(emit, len, trans, tags, true) };
  };
  return {
    featureCount: n,
    meta: model.meta,
    decode,
    decodeRange(emit, from, to, tags, margin) {
      viterbiRange(emit, from, to, trans, tags);
      localMarginsRange(emit, from, to, trans, tags, margin, true);
    },
    rowOf: lookup,
    weights: w,
    addWeights(h, into, offset = 0) {
      const r = lookup(h);
      if (r < 0) return false;
      const wb = r * K;
      for (let t = 0; t < K; t++) into[offset + t] += w[wb + t];
      return true;
    },
    tag(fr) {
      const len = fr.offsets.length - 1;
      const emit = new Float64Array(len * K);
      for (let i = 0; i < len; i++) {
        for (let j = fr.offsets[i]; j < fr.offsets[i + 1]; j++) this.addWeights(fr.hashes[j], emit, i * K);
      }
      return decode(emit, len);
    },
  };
}
