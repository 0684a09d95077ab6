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
 * Best tag sequence under first-order transitions. `emit[i*K + t]` is token i's score for tag t;
 * `trans[(from)*K + to]` with row K for the sentence start. Invalid IOB2 transitions are never
 * taken, so the output is always well-formed.
 */
export function viterbi(emit: Float64Array, n: number, trans: Float64Array): Uint8Array {
  const K = TAG_COUNT;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (scoreBuf.length < n * K) {
    scoreBuf = new Float64Array(n * K * 2);
    backBuf = new Uint8Array(n * K * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let t = 0; t < K; t++) score[t] = ALLOWED[K * K + t] ? emit[t] + trans[K * K + t] : NEG;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * K;
    for (let t = 0; t < K; t++) {
      const from = PREDECESSORS[t];
      let best = NEG;
      let arg = 0;
      for (let k = 0; k < from.length; k++) {
        const f = from[k];
        const s = score[prev + f] + trans[f * K + t];
        if (s > best) { best = s; arg = f; }
      }
      score[i * K + t] = best + emit[i * K + t];
      back[i * K + t] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < K; t++) if (score[(n - 1) * K + t] > best) { best = score[(n - 1) * K + t]; arg = t; }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * K + arg];
  }
  return out;
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
  const K = TAG_COUNT;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (onlyEntities && tags[i] === 0) continue;
    const prev = i === 0 ? K : tags[i - 1];
    const next = i + 1 < n ? tags[i + 1] : -1;
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
  return out;
}
