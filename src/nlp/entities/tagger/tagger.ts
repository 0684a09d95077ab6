import type { FeatureRows } from '../features/extract.js';
import type { NerModel } from './model-file.js';
import { TAG_COUNT } from './tags.js';
import { maxMarginals, viterbi } from './viterbi.js';

/** Tags sentences with a trained model. */
export interface Tagger {
  /** Best tag ids for each token, and each token's max-marginal margin (see viterbi.ts). */
  tag(rows: FeatureRows): { tags: Uint8Array; margin: Float32Array };
  featureCount: number;
}

/**
 * Build a tagger over a model. Feature hashes go into an open-addressing table (linear probing)
 * so a lookup is a few integer operations; weights are widened to Float64 once at load.
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
  const w = new Float64Array(model.weights.length);
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
  return {
    featureCount: n,
    tag(fr) {
      const len = fr.offsets.length - 1;
      const emit = new Float64Array(len * K);
      for (let i = 0; i < len; i++) {
        const base = i * K;
        for (let j = fr.offsets[i]; j < fr.offsets[i + 1]; j++) {
          const r = lookup(fr.hashes[j]);
          if (r < 0) continue;
          const wb = r * K;
          for (let t = 0; t < K; t++) emit[base + t] += w[wb + t];
        }
      }
      const tags = viterbi(emit, len, trans);
      const margin = maxMarginals(emit, len, trans, tags);
      return { tags, margin };
    },
  };
}
