import type { ClusterLookup } from '../features/extract.js';
import {
  BOS, EOS, capsHashes, docCaseHash, gazHash, initialShapeHash, intrinsicHashes, lowerPosHash, lowerPrevShapeSeed, next2Hashes, nextHashes,
  posHashes, prev2Hashes, prevHashes, shapeCurNextHash, shapePrevCurHash, wordInfo,
} from '../features/templates.js';
import { hashStr } from '../features/hash.js';
import { POS_TAGS } from '../../tokens/tokenize.js';
import type { Tagger } from './tagger.js';
import { TAG_COUNT } from './tags.js';
import { IntMap, VectorPool } from './int-map.js';
import { createWordTable, BOUNDARY, type WordTable } from './word-table.js';

const K = TAG_COUNT;
/** Per word type we keep six K-vectors: itself, as previous, next, previous-but-one, next-but-one, and sentence-initial. */
const SLOTS = 6;
const ROW = SLOTS * K;
const NPOS = POS_TAGS.length;
const POS_BOS = NPOS;
const POS_EOS = NPOS + 1;
const POS_BASE = NPOS + 2;
/** Shape ids below this (and word ids below 2^31 / this) key the shape caches as one int. */
const SHAPE_KEY = 4096;
/** Shape pairs with both ids below this are cached in a dense table (64 x 64 x 2 entries, 32 KB). */
const DENSE_SHAPES = 64;
/** Past this many shapes, the shape-keyed caches are dropped when the word table is. */
const MAX_SHAPES = 2048;

/** Computes emission scores. */
export interface FastScorer {
  /** The word-type table: ids, interned texts, lower-case forms, document-case codes. */
  words: WordTable;
  /** Word-type ids for a sentence's words (valid until the next call that may reset the cache). */
  ids(words: readonly string[]): Int32Array;
  /** Lower-case form of a word id. */
  lowerOf(id: number): string;
  /**
   * Emission scores (n x K) for a sentence given its word ids, POS codes (indices into POS_TAGS,
   * as in the token table), per-token gazetteer tags and document-case codes.
   */
  emissions(wid: Int32Array, pos: ArrayLike<number>, gazAt: readonly string[][], docCase?: Uint8Array): Float64Array;
  /**
   * The same scores for the sentence spanning tokens [from, to) of document-wide arrays (row i of
   * `emit` is token i), written into `emit` without allocating.
   */
  scoreRange(
    wid: Int32Array, pos: ArrayLike<number>, gazAt: readonly string[][], docCase: Uint8Array | undefined, from: number, to: number, emit: Float64Array,
  ): void;
}

/**
 * Run-time scoring that gives exactly the emission scores of `extractFeatures` + the model, but
 * sums the weights of features that depend on one word type (the word itself, and what it gives
 * its neighbours) once per distinct word into one contiguous table, and caches POS, shape-pair,
 * capitalisation, word+POS, previous-word+shape and gazetteer combinations in flat pools keyed
 * by small integers. Every score is added in the same order as the feature-by-feature sum, so
 * results are bit-for-bit those of the straightforward computation. The word table is dropped
 * and rebuilt when it grows past its limit.
 */
export function createFastScorer(tagger: Tagger, clusters?: ClusterLookup): FastScorer {
  const useClusters = Boolean(clusters);
  const w = tagger.weights;
  let table = new Float32Array(1024 * ROW);
  let shapes: Int32Array = new Int32Array(1024);
  let seeds: Uint32Array = new Uint32Array(1024);
  /** Per word id and POS: offset of the word+POS vector in lpPool, or -1. */
  let lpIdx: Int32Array = new Int32Array(1024 * NPOS).fill(-1);
  const lpPool = new VectorPool(K, 4096);
  /** Previous word id x current shape -> model row of the previous-word+shape feature, plus one. */
  const lpsRows = new IntMap(1 << 16);
  const shapeIds = new Map<string, number>([[BOS, 0], [EOS, 1]]);
  const shapeNames = [BOS, EOS];
  const misc = new VectorPool(K, 4096);
  const pairIdx = new IntMap(4096);
  const pairBig = new Map<number, number>();
  const pairDense = new Int32Array(DENSE_SHAPES * DENSE_SHAPES * 2).fill(-1);
  const posIdx = new Int32Array(POS_BASE * POS_BASE * POS_BASE).fill(-1);
  const capsIdx = new Int32Array(16 * 8).fill(-1);
  const docCaseIdx = new Int32Array(16).fill(-1);
  const gazIdx = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const scratch: number[] = [];
  let runs = new Uint8Array(256);

  const sumInto = (hashes: number[], into: Float32Array, offset: number) => {
    for (const h of hashes) tagger.addWeights(h, into, offset);
    hashes.length = 0;
  };
  const miscVector = (): number => {
    const o = misc.alloc();
    sumInto(scratch, misc.data, o);
    return o;
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
  const grow = (cap: number) => {
    const t = new Float32Array(cap * ROW);
    t.set(table);
    table = t;
    const s = new Int32Array(cap);
    s.set(shapes);
    shapes = s;
    const z = new Uint32Array(cap);
    z.set(seeds);
    seeds = z;
    const l = new Int32Array(cap * NPOS).fill(-1);
    l.set(lpIdx);
    lpIdx = l;
  };
  const words = createWordTable({
    grow,
    reset() {
      lpIdx.fill(-1);
      lpPool.clear();
      lpsRows.clear();
      // Shapes grow with unusual characters in text; their caches go with the word table once
      // they are large (every cached vector is recomputed bit for bit on next use).
      if (shapeNames.length > MAX_SHAPES) {
        shapeIds.clear();
        shapeIds.set(BOS, 0).set(EOS, 1);
        shapeNames.length = 2;
        pairIdx.clear();
        pairBig.clear();
        pairDense.fill(-1);
        misc.clear();
        posIdx.fill(-1);
        capsIdx.fill(-1);
        docCaseIdx.fill(-1);
        for (const g of gazIdx) g.clear();
      }
    },
    add(id, word) {
      const info = wordInfo(word, clusters);
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
      shapes[id] = shapeId(info.shape);
      seeds[id] = lowerPrevShapeSeed(info.lower);
      return info;
    },
  });
  // The boundary word (id 0) stands for the sentence start/end in every neighbour slot.
  prevHashes(null, useClusters, scratch);
  sumInto(scratch, table, BOUNDARY * ROW + K);
  nextHashes(null, useClusters, scratch);
  sumInto(scratch, table, BOUNDARY * ROW + 2 * K);
  prev2Hashes(null, scratch);
  sumInto(scratch, table, BOUNDARY * ROW + 3 * K);
  next2Hashes(null, scratch);
  sumInto(scratch, table, BOUNDARY * ROW + 4 * K);
  seeds[BOUNDARY] = lowerPrevShapeSeed(BOS);

  const posName = (x: number) => (x === POS_BOS ? BOS : x === POS_EOS ? EOS : POS_TAGS[x]);
  const posVector = (pp: number, p: number, pn: number): number => {
    const key = (pp * POS_BASE + p) * POS_BASE + pn;
    let o = posIdx[key];
    if (o < 0) {
      posHashes(posName(pp), posName(p), posName(pn), scratch);
      o = posIdx[key] = miscVector();
    }
    return o;
  };
  const lowerPosVector = (id: number, pid: number): number => {
    let o = lpIdx[id * NPOS + pid];
    if (o < 0) {
      scratch.push(lowerPosHash(words.lower[id], POS_TAGS[pid]));
      o = lpPool.alloc();
      sumInto(scratch, lpPool.data, o);
      lpIdx[id * NPOS + pid] = o;
    }
    return o;
  };
  const shapePair = (a: number, b: number, kind: number): number => {
    // The common shapes got the first ids: their pairs sit in a small dense table.
    const dense = a < DENSE_SHAPES && b < DENSE_SHAPES;
    const d = ((a * DENSE_SHAPES + b) << 1) | kind;
    if (dense && pairDense[d] >= 0) return pairDense[d];
    const o = shapePairSlow(a, b, kind);
    if (dense) pairDense[d] = o;
    return o;
  };
  const shapePairSlow = (a: number, b: number, kind: number): number => {
    const small = a < SHAPE_KEY * 4 && b < SHAPE_KEY * 4;
    const key = (a * 65536 + b) * 2 + kind;
    let o = small ? pairIdx.get(key) : pairBig.get(key) ?? -1;
    if (o < 0) {
      scratch.push(kind === 0 ? shapePrevCurHash(shapeNames[a], shapeNames[b]) : shapeCurNextHash(shapeNames[a], shapeNames[b]));
      o = miscVector();
      if (small) pairIdx.set(key, o);
      else pairBig.set(key, o);
    }
    return o;
  };
  const capsVector = (code: number, run: number): number => {
    const key = code * 8 + run;
    let o = capsIdx[key];
    if (o < 0) {
      const p = `${code & 8 ? 'C' : 'c'}${code & 4 ? 'C' : 'c'}${code & 2 ? 'C' : 'c'}${code & 1 ? 'I' : ''}`;
      capsHashes(p, run, scratch);
      o = capsIdx[key] = miscVector();
    }
    return o;
  };
  const docCaseVector = (code: number): number => {
    let o = docCaseIdx[code];
    if (o < 0) {
      scratch.push(docCaseHash(code));
      o = docCaseIdx[code] = miscVector();
    }
    return o;
  };
  const gazVector = (which: 0 | 1 | 2, tag: string): number => {
    let o = gazIdx[which].get(tag);
    if (o === undefined) {
      scratch.push(gazHash(which === 0 ? 'cur' : which === 1 ? 'prev' : 'next', tag));
      o = miscVector();
      gazIdx[which].set(tag, o);
    }
    return o;
  };
  /** Model row (or -1) of the previous-word + shape feature. */
  const lowerPrevShapeRow = (prevId: number, shape: number): number => {
    if (prevId >= 0x80000000 / SHAPE_KEY || shape >= SHAPE_KEY) return tagger.rowOf(hashStr(seeds[prevId], shapeNames[shape]));
    const key = prevId * SHAPE_KEY + shape;
    let r = lpsRows.get(key);
    if (r < 0) {
      r = tagger.rowOf(hashStr(seeds[prevId], shapeNames[shape])) + 1;
      lpsRows.set(key, r);
    }
    return r - 1;
  };
  const addGaz = (emit: Float64Array, b: number, tags: readonly string[], which: 0 | 1 | 2) => {
    for (let k = 0; k < tags.length; k++) {
      const o = gazVector(which, tags[k]);
      const v = misc.data;
      for (let t = 0; t < K; t++) emit[b + t] += v[o + t];
    }
  };

  const scoreRange: FastScorer['scoreRange'] = (wid, pids, gazAt, docCase, from, to, emit) => {
    if (runs.length < to) runs = new Uint8Array(to * 2);
    const caps = words.caps;
    runs.fill(0, from, to);
    for (let i = from; i < to; ) {
      if (!caps[wid[i]]) { i++; continue; }
      let j = i;
      while (j < to && caps[wid[j]]) j++;
      for (let k = i; k < j; k++) runs[k] = Math.min(j - i, 4);
      i = j;
    }
    for (let i = from; i < to; i++) {
      const id = wid[i];
      const first = i === from;
      const last = i + 1 === to;
      const prevId = first ? BOUNDARY : wid[i - 1];
      const nextId = last ? BOUNDARY : wid[i + 1];
      const pid = pids[i];
      const po = posVector(first ? POS_BOS : pids[i - 1], pid, last ? POS_EOS : pids[i + 1]);
      const lo = lowerPosVector(id, pid);
      const sh = shapes[id];
      const s1 = shapePair(first ? 0 : shapes[prevId], sh, 0);
      const s2 = shapePair(sh, last ? 1 : shapes[nextId], 1);
      const code = (caps[id] << 3) | (caps[prevId] << 2) | (caps[nextId] << 1) | (first ? 1 : 0);
      const co = capsVector(code, runs[i]);
      const row = lowerPrevShapeRow(prevId, sh);
      const own = id * ROW;
      const pv = prevId * ROW + K;
      const nv = nextId * ROW + 2 * K;
      const p2 = (i - 2 >= from ? wid[i - 2] : BOUNDARY) * ROW + 3 * K;
      const n2 = (i + 2 < to ? wid[i + 2] : BOUNDARY) * ROW + 4 * K;
      const tb = table;
      const mv = misc.data;
      const lv = lpPool.data;
      const b = i * K;
      // The same additions in the same order as summing feature by feature (see the test).
      if (first) {
        for (let t = 0; t < K; t++) {
          emit[b + t] = (tb[own + t] + tb[pv + t] + tb[nv + t] + tb[p2 + t] + tb[n2 + t] + tb[own + 5 * K + t])
            + (mv[po + t] + lv[lo + t] + mv[s1 + t] + mv[s2 + t] + mv[co + t]);
        }
      } else {
        for (let t = 0; t < K; t++) {
          emit[b + t] = (tb[own + t] + tb[pv + t] + tb[nv + t] + tb[p2 + t] + tb[n2 + t] + 0)
            + (mv[po + t] + lv[lo + t] + mv[s1 + t] + mv[s2 + t] + mv[co + t]);
        }
      }
      if (row >= 0) {
        const wb = row * K;
        for (let t = 0; t < K; t++) emit[b + t] += w[wb + t];
      }
      if (docCase && docCase[i] !== 0) {
        const o = docCaseVector(docCase[i]);
        const v = misc.data;
        for (let t = 0; t < K; t++) emit[b + t] += v[o + t];
      }
      const g = gazAt[i];
      if (g.length > 0) addGaz(emit, b, g, 0);
      if (!first && gazAt[i - 1].length > 0) addGaz(emit, b, gazAt[i - 1], 1);
      if (!last && gazAt[i + 1].length > 0) addGaz(emit, b, gazAt[i + 1], 2);
    }
  };

  return {
    words,
    ids(ws) {
      words.reserve(ws.length);
      const out = new Int32Array(ws.length);
      for (let i = 0; i < ws.length; i++) out[i] = words.idOf(ws[i]);
      return out;
    },
    lowerOf(id) {
      return words.lower[id];
    },
    emissions(wid, pids, gazAt, docCase) {
      const emit = new Float64Array(wid.length * K);
      scoreRange(wid, pids, gazAt, docCase, 0, wid.length, emit);
      return emit;
    },
    scoreRange,
  };
}
