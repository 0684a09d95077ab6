import type { Gazetteer } from '../gazetteer/index.js';
import { hash1, hash2 } from './hash.js';
import { isCapitalised, wordShape } from './shape.js';
import { wordClasses } from './word-classes.js';

/** One sentence as the tagger sees it: token texts and Universal POS tags. */
export interface SentenceInput {
  words: readonly string[];
  pos: readonly string[];
}

/** Feature hashes per token, compressed-row style: token i owns hashes[offsets[i] .. offsets[i+1]). */
export interface FeatureRows {
  offsets: Uint32Array;
  hashes: Uint32Array;
}

/** Word-cluster lookup (distributional classes); optional. */
export type ClusterLookup = (lower: string) => string | undefined;

/**
 * Feature templates, numbered so hashes stay stable across versions. Changing a number or what
 * a template means requires retraining.
 */
const enum T {
  Bias, Lower, P2, P3, S2, S3, S4, Shape, Pos, PosPrev, PosNext, PosPrevCur, PosCurNext, LowerPrev, LowerNext, LowerPrev2,
  LowerNext2, ShapePrev, ShapeNext, ShapePrevCur, ShapeCurNext, LowerPrevShape, InitialShape, Gaz, GazPrev, GazNext, Class,
  ClassPrev, ClassNext, Cluster, ClusterPrev, ClusterNext, Caps, LowerPos, ShapeNext2, CapsRun, Word, Cluster4,
}

const BOS = '<s>';
const EOS = '</s>';

/**
 * Compute the features of every token of a sentence: word, affixes, shape, POS, a ±2 window,
 * gazetteer membership (with B/I position), closed word classes, capitalisation patterns,
 * the sentence-initial flag and (when given) word clusters.
 */
export function extractFeatures(s: SentenceInput, gaz: Gazetteer, clusters?: ClusterLookup): FeatureRows {
  const n = s.words.length;
  const words = s.words;
  const lower = words.map((w) => w.toLowerCase());
  const shape = words.map(wordShape);
  const cap = words.map(isCapitalised);
  const gazAt: string[][] = Array.from({ length: n }, () => []);
  for (const m of gaz.lexicon.matchAll(words, lower)) {
    for (let k = m.start; k < m.end; k++) {
      const tag = `${m.entry.label}${k === m.start ? 'B' : 'I'}${m.end - m.start > 1 ? 'm' : ''}`;
      if (!gazAt[k].includes(tag)) gazAt[k].push(tag);
    }
  }
  const classes = lower.map(wordClasses);
  const cl = clusters ? lower.map((w) => clusters(w) ?? '-') : null;
  // Length of the run of capitalised words this token is in: names come in runs.
  const capRun = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    if (!cap[i]) { i++; continue; }
    let j = i;
    while (j < n && cap[j]) j++;
    for (let k = i; k < j; k++) capRun[k] = j - i;
    i = j;
  }
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const at = (arr: readonly string[], i: number) => (i < 0 ? BOS : i >= n ? EOS : arr[i]);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const lw = lower[i];
    const sh = shape[i];
    out.push(hash1(T.Bias, ''));
    out.push(hash1(T.Lower, lw));
    if (cap[i]) out.push(hash1(T.Word, words[i]));
    out.push(hash1(T.P2, lw.slice(0, 2)), hash1(T.P3, lw.slice(0, 3)));
    out.push(hash1(T.S2, lw.slice(-2)), hash1(T.S3, lw.slice(-3)), hash1(T.S4, lw.slice(-4)));
    out.push(hash1(T.Shape, sh));
    const p = s.pos[i];
    const pp = at(s.pos, i - 1);
    const pn = at(s.pos, i + 1);
    out.push(hash1(T.Pos, p), hash1(T.PosPrev, pp), hash1(T.PosNext, pn));
    out.push(hash2(T.PosPrevCur, pp, p), hash2(T.PosCurNext, p, pn));
    out.push(hash1(T.LowerPrev, at(lower, i - 1)), hash1(T.LowerNext, at(lower, i + 1)));
    out.push(hash1(T.LowerPrev2, at(lower, i - 2)), hash1(T.LowerNext2, at(lower, i + 2)));
    const sp = at(shape, i - 1);
    const sn = at(shape, i + 1);
    out.push(hash1(T.ShapePrev, sp), hash1(T.ShapeNext, sn), hash1(T.ShapeNext2, at(shape, i + 2)));
    out.push(hash2(T.ShapePrevCur, sp, sh), hash2(T.ShapeCurNext, sh, sn));
    out.push(hash2(T.LowerPrevShape, at(lower, i - 1), sh));
    out.push(hash2(T.LowerPos, lw, p));
    if (i === 0) out.push(hash1(T.InitialShape, sh));
    out.push(hash1(T.Caps, `${cap[i] ? 'C' : 'c'}${i > 0 && cap[i - 1] ? 'C' : 'c'}${i + 1 < n && cap[i + 1] ? 'C' : 'c'}${i === 0 ? 'I' : ''}`));
    out.push(hash1(T.CapsRun, String(Math.min(capRun[i], 4))));
    for (const g of gazAt[i]) out.push(hash1(T.Gaz, g));
    if (i > 0) for (const g of gazAt[i - 1]) out.push(hash1(T.GazPrev, g));
    if (i + 1 < n) for (const g of gazAt[i + 1]) out.push(hash1(T.GazNext, g));
    for (const c of classes[i]) out.push(hash1(T.Class, c));
    if (i > 0) for (const c of classes[i - 1]) out.push(hash1(T.ClassPrev, c));
    if (i + 1 < n) for (const c of classes[i + 1]) out.push(hash1(T.ClassNext, c));
    if (cl) {
      out.push(hash1(T.Cluster, cl[i]), hash1(T.Cluster4, cl[i].slice(0, 4)));
      out.push(hash1(T.ClusterPrev, at(cl, i - 1)), hash1(T.ClusterNext, at(cl, i + 1)));
    }
  }
  offsets[n] = out.length;
  return { offsets, hashes: Uint32Array.from(out) };
}
