import type { FeatureRows } from '../features/extract.js';
import type { NerModel } from '../tagger/model-file.js';
import { TAG_COUNT } from '../tagger/tags.js';
import { viterbi } from '../tagger/viterbi.js';

/** One training instance: features per token, gold tag ids, and how much an update counts. */
export interface Instance {
  rows: FeatureRows;
  gold: Uint8Array;
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Only features seen at least this often get weights. */
  minCount: number;
  /** Drop features whose largest averaged weight is below this after training. */
  pruneBelow: number;
  /**
   * Train per token without transitions (a local multiclass perceptron; decoding then only keeps
   * IOB2 valid). For comparison with the structured model.
   */
  local?: boolean;
  /** Called after each epoch with the current averaged model (for dev scores). */
  onEpoch?: (epoch: number, model: () => NerModel) => void;
}

/** Deterministic PRNG (mulberry32), so the shuffle order is the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const K = TAG_COUNT;

/**
 * Structured averaged perceptron (Collins 2002): decode each sentence with Viterbi under the
 * current weights, and where the best path differs from gold, reward gold features/transitions
 * and penalise predicted ones. Averaging uses the usual lazy timestamp trick.
 */
export function trainPerceptron(data: Instance[], opts: TrainOptions): NerModel {
  const counts = new Map<number, number>();
  for (const d of data) for (const h of d.rows.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  // Per feature: [w(K) | total(K) | stamp(K)].
  const table = new Map<number, Float64Array>();
  for (const [h, c] of counts) if (c >= opts.minCount) table.set(h, new Float64Array(3 * K));
  counts.clear();
  const T = (K + 1) * K;
  const trans = new Float64Array(3 * T);
  let clock = 1;

  const bump = (arr: Float64Array, idx: number, size: number, delta: number) => {
    arr[size + idx] += (clock - arr[2 * size + idx]) * arr[idx];
    arr[2 * size + idx] = clock;
    arr[idx] += delta;
  };

  const order = data.map((_, i) => i);
  const random = rng(opts.seed);
  const averaged = (): NerModel => finish(table, trans, clock, opts.pruneBelow);

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { rows, gold, weight } = data[idx];
      const n = gold.length;
      const emit = new Float64Array(n * K);
      for (let i = 0; i < n; i++) {
        for (let j = rows.offsets[i]; j < rows.offsets[i + 1]; j++) {
          const w = table.get(rows.hashes[j]);
          if (w) for (let t = 0; t < K; t++) emit[i * K + t] += w[t];
        }
      }
      const pred = opts.local ? argmaxTags(emit, n) : viterbi(emit, n, trans.subarray(0, T));
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          for (let j = rows.offsets[i]; j < rows.offsets[i + 1]; j++) {
            const w = table.get(rows.hashes[j]);
            if (!w) continue;
            bump(w, g, K, weight);
            bump(w, p, K, -weight);
          }
        }
        if (opts.local) continue;
        const gPrev = i === 0 ? K : gold[i - 1];
        const pPrev = i === 0 ? K : pred[i - 1];
        if (g !== p || gPrev !== pPrev) {
          bump(trans, gPrev * K + g, T, weight);
          bump(trans, pPrev * K + p, T, -weight);
        }
      }
      clock++;
    }
    opts.onEpoch?.(epoch, averaged);
  }
  return averaged();
}

function finish(table: Map<number, Float64Array>, trans: Float64Array, clock: number, pruneBelow: number): NerModel {
  const T = (K + 1) * K;
  const kept: { h: number; w: Float64Array }[] = [];
  let maxAbs = 0;
  for (const [h, arr] of table) {
    const w = new Float64Array(K);
    let m = 0;
    for (let t = 0; t < K; t++) {
      w[t] = (arr[K + t] + (clock - arr[2 * K + t]) * arr[t]) / clock;
      m = Math.max(m, Math.abs(w[t]));
    }
    if (m < pruneBelow) continue;
    maxAbs = Math.max(maxAbs, m);
    kept.push({ h, w });
  }
  kept.sort((a, b) => a.h - b.h);
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const hashes = new Uint32Array(kept.length);
  const weights = new Int16Array(kept.length * K);
  kept.forEach((k, f) => {
    hashes[f] = k.h;
    for (let t = 0; t < K; t++) weights[f * K + t] = Math.round(k.w[t] / scale);
  });
  const transitions = new Float32Array(T);
  for (let i = 0; i < T; i++) transitions[i] = (trans[T + i] + (clock - trans[2 * T + i]) * trans[i]) / clock;
  return { meta: { version: 1, tags: [], trainedOn: [], clusters: false }, hashes, weights, scale, transitions };
}

function argmaxTags(emit: Float64Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    for (let t = 0; t < K; t++) if (emit[i * K + t] > best) { best = emit[i * K + t]; out[i] = t; }
  }
  return out;
}
