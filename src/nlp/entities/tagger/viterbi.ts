import { TAG_COUNT, isAllowed } from './tags.js';

const NEG = -1e30;

// Scratch buffers reused across calls (decoding is synchronous and single-threaded).
let scoreBuf = new Float64Array(1024);
let backBuf = new Uint8Array(1024);

/** For each tag, the tags allowed before it (I-X only after B-X or I-X). */
const PREDECESSORS: Uint8Array[] = Array.from({ length: TAG_COUNT }, (_, t) =>
  Uint8Array.from(Array.from({ length: TAG_COUNT }, (_, f) => f).filter((f) => isAllowed(f, t))),
);

/** Precomputed mask of allowed transitions; row TAG_COUNT is the sentence start. */
const ALLOWED: Uint8Array = (() => {
  const m = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let f = -1; f < TAG_COUNT; f++) for (let t = 0; t < TAG_COUNT; t++) m[(f < 0 ? TAG_COUNT : f) * TAG_COUNT + t] = isAllowed(f, t) ? 1 : 0;
  return m;
})();

/**
 * Predecessors of each tag form one contiguous range of tag ids (I-X: B-X and I-X; any other tag:
 * all tags), so the inner loop walks [PRED_LO[t], PRED_HI[t]) in ascending order, exactly the order
 * PREDECESSORS lists them in.
 */
const PRED_LO = new Uint8Array(TAG_COUNT);
const PRED_HI = new Uint8Array(TAG_COUNT);
for (let t = 0; t < TAG_COUNT; t++) {
  const from = PREDECESSORS[t];
  PRED_LO[t] = from[0];
  PRED_HI[t] = from[from.length - 1] + 1;
  if (from.length !== PRED_HI[t] - PRED_LO[t]) throw new Error('newsgraph: tag predecessors are not contiguous');
}

/** Transitions transposed (to-major), so one tag's incoming scores are adjacent; cached per table. */
let transKey: Float64Array | null = null;
let transT = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
function transposed(trans: Float64Array): Float64Array {
  if (transKey !== trans) {
    const K = TAG_COUNT;
    for (let f = 0; f < K; f++) for (let t = 0; t < K; t++) transT[t * K + f] = trans[f * K + t];
    transKey = trans;
  }
  return transT;
}

/**
 * Best tag sequence under first-order transitions. `emit[i*K + t]` is token i's score for tag t;
 * `trans[(from)*K + to]` with row K for the sentence start. Invalid IOB2 transitions are never
 * taken, so the output is always well-formed.
 */
export function viterbi(emit: Float64Array, n: number, trans: Float64Array): Uint8Array {
  const out = new Uint8Array(n);
  viterbiRange(emit, 0, n, trans, out);
  return out;
}

/**
 * Viterbi over tokens [from, to) of a longer emission table (row i is token i), writing tags into
 * `out[from..to)`. Same scores, comparisons and tie-breaking as a per-sentence table.
 */
export function viterbiRange(emit: Float64Array, from: number, to: number, trans: Float64Array, out: Uint8Array): void {
  const K = TAG_COUNT;
  const n = to - from;
  if (n <= 0) return;
  if (scoreBuf.length < n * K) {
    scoreBuf = new Float64Array(n * K * 2);
    backBuf = new Uint8Array(n * K * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  const tt = transposed(trans);
  const e0 = from * K;
  for (let t = 0; t < K; t++) score[t] = ALLOWED[K * K + t] ? emit[e0 + t] + trans[K * K + t] : NEG;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * K;
    const cur = i * K;
    const e = e0 + cur;
    for (let t = 0; t < K; t++) {
      const hi = PRED_HI[t];
      const tb = t * K;
      let best = NEG;
      let arg = 0;
      for (let f = PRED_LO[t]; f < hi; f++) {
        const s = score[prev + f] + tt[tb + f];
        if (s > best) { best = s; arg = f; }
      }
      score[cur + t] = best + emit[e + t];
      back[cur + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const last = (n - 1) * K;
  for (let t = 0; t < K; t++) if (score[last + t] > best) { best = score[last + t]; arg = t; }
  for (let i = n - 1; i >= 0; i--) {
    out[from + i] = arg;
    arg = back[i * K + arg];
  }
}

/**
 * Per-token max-marginal margins for a decoded path: for token i, the best path score with the
 * chosen tag minus the best path score with any other tag at i (forward and backward max-sums).
 * Unlike a raw emission margin this accounts for transitions, so it measures how much the whole
 * sequence relies on that token's tag.
 */
export function maxMarginals(emit: Float64Array, n: number, trans: Float64Array, tags: Uint8Array): Float32Array {
  const K = TAG_COUNT;
  const fwd = new Float64Array(n * K);
  const bwd = new Float64Array(n * K);
  for (let t = 0; t < K; t++) fwd[t] = ALLOWED[K * K + t] ? emit[t] + trans[K * K + t] : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < K; t++) {
      let best = NEG;
      for (let f = 0; f < K; f++) if (ALLOWED[f * K + t]) best = Math.max(best, fwd[(i - 1) * K + f] + trans[f * K + t]);
      fwd[i * K + t] = best + emit[i * K + t];
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let f = 0; f < K; f++) {
      let best = NEG;
      for (let t = 0; t < K; t++) if (ALLOWED[f * K + t]) best = Math.max(best, trans[f * K + t] + emit[(i + 1) * K + t] + bwd[(i + 1) * K + t]);
      bwd[i * K + f] = best;
    }
  }
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const chosen = fwd[i * K + tags[i]] + bwd[i * K + tags[i]];
    let other = NEG;
    for (let t = 0; t < K; t++) if (t !== tags[i]) other = Math.max(other, fwd[i * K + t] + bwd[i * K + t]);
    out[i] = chosen - other;
  }
  return out;
}

/**
 * Per-token local margins for a decoded path: the chosen tag's emission plus its transitions to
 * the chosen neighbours, minus the best alternative tag's under the same neighbours. Linear in
 * sentence length (max-marginals cost two more K^2 passes and rank tokens about the same).
 */
export function localMargins(emit: Float64Array, n: number, trans: Float64Array, tags: Uint8Array, onlyEntities = false): Float32Array {
  const out = new Float32Array(n);
  localMarginsRange(emit, 0, n, trans, tags, out, onlyEntities);
  return out;
}

/** `localMargins` over tokens [from, to) of longer emission/tag tables, into `out[from..to)`. */
export function localMarginsRange(
  emit: Float64Array, from: number, to: number, trans: Float64Array, tags: Uint8Array, out: Float32Array, onlyEntities = false,
): void {
  const K = TAG_COUNT;
  for (let i = from; i < to; i++) {
    if (onlyEntities && tags[i] === 0) { out[i] = 0; continue; }
    const prev = i === from ? K : tags[i - 1];
    const next = i + 1 < to ? tags[i + 1] : -1;
    let chosen = NEG;
    let other = NEG;
    for (let t = 0; t < K; t++) {
      if (!ALLOWED[prev * K + t] || (next >= 0 && !ALLOWED[t * K + next])) continue;
      const s = emit[i * K + t] + trans[prev * K + t] + (next >= 0 ? trans[t * K + next] : 0);
      if (t === tags[i]) chosen = s;
      else if (s > other) other = s;
    }
    out[i] = other === NEG ? 100 : chosen - other;
  }
}
