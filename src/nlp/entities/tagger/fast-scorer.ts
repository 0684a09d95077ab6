import type { ClusterLookup } from '../features/extract.js';
import {
  BOS, EOS, capsHashes, docCaseHash, gazHash, initialShapeHash, intrinsicHashes, lowerPosHash, lowerPrevShapeSeed, next2Hashes, nextHashes,
  posHashes, prev2Hashes, prevHashes, shapeCurNextHash, shapePrevCurHash, wordInfo,
} from '../features/templates.js';
import { hashStr } from '../features/hash.js';
import { POS_TAGS } from '../../tokens/tokenize.js';
import type { Tagger } from './tagger.js';
import { TAG_COUNT } from './tags.js';

const K = TAG_COUNT;
/** Per word type we keep six K-vectors: itself, as previous, next, previous-but-one, next-but-one, and sentence-initial. */
const SLOTS = 6;
const ROW = SLOTS * K;
const MAX_WORDS = 100_000;
const POS_BOS = POS_TAGS.length;
const POS_EOS = POS_TAGS.length + 1;
const POS_BASE = POS_TAGS.length + 2;

/** Computes emission scores for a sentence. */
export interface FastScorer {
  /** Word-type ids for a sentence's words (valid until the next call that may reset the cache). */
  ids(words: readonly string[]): Int32Array;
  /** Lower-case form of a word id. */
  lowerOf(id: number): string;
  /**
   * Emission scores (n x K) for a sentence given its word ids, POS codes (indices into POS_TAGS,
   * as in the token table), per-token gazetteer tags and document-case codes.
   */
  emissions(wid: Int32Array, pos: ArrayLike<number>, gazAt: readonly string[][], docCase?: Uint8Array): Float64Array;
}

/**
 * Run-time scoring that gives exactly the emission scores of `extractFeatures` + the model, but
 * sums the weights of features that depend on one word type (the word itself, and what it gives
 * its neighbours) once per distinct word into one contiguous table, and caches POS, shape-pair,
 * capitalisation and gazetteer combinations. Words repeat, so most tokens cost one map lookup
 * and a few vector adds. The word table is dropped and rebuilt when it reaches MAX_WORDS.
 */
export function createFastScorer(tagger: Tagger, clusters?: ClusterLookup): FastScorer {
  const useClusters = Boolean(clusters);
  let ids = new Map<string, number>();
  let table = new Float32Array(1024 * ROW);
  let lowers: string[] = [];
  let shapes: Int32Array = new Int32Array(1024);
  let caps: Uint8Array = new Uint8Array(1024);
  let seeds: Uint32Array = new Uint32Array(1024);
  let posVecs: (Float32Array | undefined)[][] = [];
  const shapeIds = new Map<string, number>([[BOS, 0], [EOS, 1]]);
  const shapeNames = [BOS, EOS];
  const pairCache = new Map<number, Float32Array>();
  const posCache: (Float32Array | undefined)[] = new Array(POS_BASE * POS_BASE * POS_BASE);
  const capsCache: (Float32Array | undefined)[] = new Array(16 * 8);
  const gazCache = new Map<string, Float32Array>();
  const docCaseCache: (Float32Array | undefined)[] = new Array(16);
  const scratch: number[] = [];

  const sumInto = (hashes: number[], into: Float32Array, offset: number) => {
    for (const h of hashes) tagger.addWeights(h, into, offset);
    hashes.length = 0;
  };
  const sum = (hashes: number[]): Float32Array => {
    const v = new Float32Array(K);
    sumInto(hashes, v, 0);
    return v;
  };
  const shapeId = (s: string): number => {
    let id = shapeIds.get(s);
    if (id === undefined) {
      id = shapeNames.length;
      shapeIds.set(s, id);
      shapeNames.push(s);
    }
    return id;
  };
  const grow = () => {
    const cap = shapes.length * 2;
    const t = new Float32Array(cap * ROW);
    t.set(table);
    table = t;
    const s = new Int32Array(cap);
    s.set(shapes);
    shapes = s;
    const c = new Uint8Array(cap);
    c.set(caps);
    caps = c;
    const z = new Uint32Array(cap);
    z.set(seeds);
    seeds = z;
  };
  const idOf = (w: string): number => {
    const known = ids.get(w);
    if (known !== undefined) return known;
    const id = ids.size;
    if (id >= shapes.length) grow();
    const info = wordInfo(w, clusters);
    const o = id * ROW;
    table.fill(0, o, o + ROW);
    intrinsicHashes(info, scratch);
    sumInto(scratch, table, o);
    prevHashes(info, useClusters, scratch);
    sumInto(scratch, table, o + K);
    nextHashes(info, useClusters, scratch);
    sumInto(scratch, table, o + 2 * K);
    prev2Hashes(info, scratch);
    sumInto(scratch, table, o + 3 * K);
    next2Hashes(info, scratch);
    sumInto(scratch, table, o + 4 * K);
    scratch.push(initialShapeHash(info.shape));
    sumInto(scratch, table, o + 5 * K);
    lowers[id] = info.lower;
    shapes[id] = shapeId(info.shape);
    caps[id] = info.cap ? 1 : 0;
    seeds[id] = lowerPrevShapeSeed(info.lower);
    posVecs[id] = [];
    ids.set(w, id);
    return id;
  };
  const edge = (fn: (out: number[]) => void) => {
    fn(scratch);
    return sum(scratch);
  };
  const bosPrev = edge((h) => prevHashes(null, useClusters, h));
  const eosNext = edge((h) => nextHashes(null, useClusters, h));
  const bosPrev2 = edge((h) => prev2Hashes(null, h));
  const eosNext2 = edge((h) => next2Hashes(null, h));
  const bosSeed = lowerPrevShapeSeed(BOS);

  const posName = (x: number) => (x === POS_BOS ? BOS : x === POS_EOS ? EOS : POS_TAGS[x]);
  const posVector = (pp: number, p: number, pn: number): Float32Array => {
    const key = (pp * POS_BASE + p) * POS_BASE + pn;
    let v = posCache[key];
    if (!v) {
      posHashes(posName(pp), posName(p), posName(pn), scratch);
      v = posCache[key] = sum(scratch);
    }
    return v;
  };
  const shapePair = (a: number, b: number, kind: number): Float32Array => {
    const key = (a * 65536 + b) * 2 + kind;
    let v = pairCache.get(key);
    if (!v) {
      scratch.push(kind === 0 ? shapePrevCurHash(shapeNames[a], shapeNames[b]) : shapeCurNextHash(shapeNames[a], shapeNames[b]));
      pairCache.set(key, (v = sum(scratch)));
    }
    return v;
  };
  const capsVector = (code: number, run: number): Float32Array => {
    const key = code * 8 + run;
    let v = capsCache[key];
    if (!v) {
      const p = `${code & 8 ? 'C' : 'c'}${code & 4 ? 'C' : 'c'}${code & 2 ? 'C' : 'c'}${code & 1 ? 'I' : ''}`;
      capsHashes(p, run, scratch);
      v = capsCache[key] = sum(scratch);
    }
    return v;
  };
  const gazVector = (which: 'cur' | 'prev' | 'next', tag: string): Float32Array => {
    const key = `${which}\u0001${tag}`;
    let v = gazCache.get(key);
    if (!v) {
      scratch.push(gazHash(which, tag));
      gazCache.set(key, (v = sum(scratch)));
    }
    return v;
  };

  return {
    ids(ws) {
      // A reset of the word table midway would invalidate earlier ids of this sentence.
      if (ids.size + ws.length >= MAX_WORDS) {
        ids = new Map();
        lowers = [];
        posVecs = [];
      }
      const out = new Int32Array(ws.length);
      for (let i = 0; i < ws.length; i++) out[i] = idOf(ws[i]);
      return out;
    },
    lowerOf(id) {
      return lowers[id];
    },
    emissions(wid, pids, gazAt, docCase) {
      const n = wid.length;
      const emit = new Float64Array(n * K);
      const runs = new Uint8Array(n);
      const tb = table;
      for (let i = 0; i < n; ) {
        if (!caps[wid[i]]) { i++; continue; }
        let j = i;
        while (j < n && caps[wid[j]]) j++;
        for (let k = i; k < j; k++) runs[k] = Math.min(j - i, 4);
        i = j;
      }
      for (let i = 0; i < n; i++) {
        const id = wid[i];
        const b = i * K;
        const own = id * ROW;
        const pv = i > 0 ? wid[i - 1] * ROW + K : -1;
        const nv = i + 1 < n ? wid[i + 1] * ROW + 2 * K : -1;
        const p2 = i > 1 ? wid[i - 2] * ROW + 3 * K : -1;
        const n2 = i + 2 < n ? wid[i + 2] * ROW + 4 * K : -1;
        for (let t = 0; t < K; t++) {
          emit[b + t] = tb[own + t]
            + (pv >= 0 ? tb[pv + t] : bosPrev[t])
            + (nv >= 0 ? tb[nv + t] : eosNext[t])
            + (p2 >= 0 ? tb[p2 + t] : bosPrev2[t])
            + (n2 >= 0 ? tb[n2 + t] : eosNext2[t])
            + (i === 0 ? tb[own + 5 * K + t] : 0);
        }
        const pid = pids[i];
        const pv2 = posVector(i > 0 ? pids[i - 1] : POS_BOS, pid, i + 1 < n ? pids[i + 1] : POS_EOS);
        let lp = posVecs[id][pid];
        if (!lp) {
          scratch.push(lowerPosHash(lowers[id], POS_TAGS[pid]));
          lp = posVecs[id][pid] = sum(scratch);
        }
        const s1 = shapePair(i > 0 ? shapes[wid[i - 1]] : 0, shapes[id], 0);
        const s2 = shapePair(shapes[id], i + 1 < n ? shapes[wid[i + 1]] : 1, 1);
        const code = (caps[id] << 3) | ((i > 0 ? caps[wid[i - 1]] : 0) << 2) | ((i + 1 < n ? caps[wid[i + 1]] : 0) << 1) | (i === 0 ? 1 : 0);
        const cv = capsVector(code, runs[i]);
        for (let t = 0; t < K; t++) emit[b + t] += pv2[t] + lp[t] + s1[t] + s2[t] + cv[t];
        tagger.addWeights(hashStr(i > 0 ? seeds[wid[i - 1]] : bosSeed, shapeNames[shapes[id]]), emit, b);
        if (docCase && docCase[i] !== 0) {
          let dv = docCaseCache[docCase[i]];
          if (!dv) {
            scratch.push(docCaseHash(docCase[i]));
            dv = docCaseCache[docCase[i]] = sum(scratch);
          }
          addVec(emit, b, dv);
        }
        const g = gazAt[i];
        for (let k = 0; k < g.length; k++) addVec(emit, b, gazVector('cur', g[k]));
        if (i > 0) {
          const gp = gazAt[i - 1];
          for (let k = 0; k < gp.length; k++) addVec(emit, b, gazVector('prev', gp[k]));
        }
        if (i + 1 < n) {
          const gn = gazAt[i + 1];
          for (let k = 0; k < gn.length; k++) addVec(emit, b, gazVector('next', gn[k]));
        }
      }
      return emit;
    },
  };
}

function addVec(emit: Float64Array, b: number, v: Float32Array): void {
  for (let t = 0; t < K; t++) emit[b + t] += v[t];
}
