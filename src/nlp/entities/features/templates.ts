import { hash1, hash2, hashStr, templateSeed } from './hash.js';
import { wordShape, isCapitalised } from './shape.js';
import { wordClasses } from './word-classes.js';

/**
 * Feature templates, numbered so hashes stay stable across versions. Changing a number or what
 * a template means requires retraining.
 */
export const enum T {
  Bias, Lower, P2, P3, S2, S3, S4, Shape, Pos, PosPrev, PosNext, PosPrevCur, PosCurNext, LowerPrev, LowerNext, LowerPrev2,
  LowerNext2, ShapePrev, ShapeNext, ShapePrevCur, ShapeCurNext, LowerPrevShape, InitialShape, Gaz, GazPrev, GazNext, Class,
  ClassPrev, ClassNext, Cluster, ClusterPrev, ClusterNext, Caps, LowerPos, ShapeNext2, CapsRun, Word, Cluster4, DocCase,
}

export const BOS = '<s>';
export const EOS = '</s>';

/** What the templates need to know about one word type (computed once per distinct word). */
export interface WordInfo {
  word: string;
  lower: string;
  shape: string;
  cap: boolean;
  classes: string[];
  /** Cluster bit-string, '-' when unknown, null when the model uses no clusters. */
  cluster: string | null;
}

/** Describe a word for the templates. */
export function wordInfo(word: string, clusters?: (lower: string) => string | undefined): WordInfo {
  const lower = word.toLowerCase();
  return {
    word,
    lower,
    shape: wordShape(word),
    cap: isCapitalised(word),
    classes: wordClasses(lower),
    cluster: clusters ? clusters(lower) ?? '-' : null,
  };
}

// Each group below lists the hashes that depend only on one word (or on a sentence boundary),
// so the run-time scorer can sum their weights once per word type; training uses the same lists.

/** Features of the word itself. */
export function intrinsicHashes(w: WordInfo, out: number[]): void {
  const lw = w.lower;
  out.push(hash1(T.Bias, ''), hash1(T.Lower, lw));
  if (w.cap) out.push(hash1(T.Word, w.word));
  out.push(hash1(T.P2, lw.slice(0, 2)), hash1(T.P3, lw.slice(0, 3)));
  out.push(hash1(T.S2, lw.slice(-2)), hash1(T.S3, lw.slice(-3)), hash1(T.S4, lw.slice(-4)));
  out.push(hash1(T.Shape, w.shape));
  for (const c of w.classes) out.push(hash1(T.Class, c));
  if (w.cluster !== null) out.push(hash1(T.Cluster, w.cluster), hash1(T.Cluster4, w.cluster.slice(0, 1)));
}

/** Features the previous word (or the sentence start, `w` null) gives the current token. */
export function prevHashes(w: WordInfo | null, clusters: boolean, out: number[]): void {
  if (!w) {
    out.push(hash1(T.LowerPrev, BOS), hash1(T.ShapePrev, BOS));
    if (clusters) out.push(hash1(T.ClusterPrev, BOS));
    return;
  }
  out.push(hash1(T.LowerPrev, w.lower), hash1(T.ShapePrev, w.shape));
  for (const c of w.classes) out.push(hash1(T.ClassPrev, c));
  if (w.cluster !== null) out.push(hash1(T.ClusterPrev, w.cluster));
}

/** Features the next word (or the sentence end) gives the current token. */
export function nextHashes(w: WordInfo | null, clusters: boolean, out: number[]): void {
  if (!w) {
    out.push(hash1(T.LowerNext, EOS), hash1(T.ShapeNext, EOS));
    if (clusters) out.push(hash1(T.ClusterNext, EOS));
    return;
  }
  out.push(hash1(T.LowerNext, w.lower), hash1(T.ShapeNext, w.shape));
  for (const c of w.classes) out.push(hash1(T.ClassNext, c));
  if (w.cluster !== null) out.push(hash1(T.ClusterNext, w.cluster));
}

/** Features from two words back. */
export function prev2Hashes(w: WordInfo | null, out: number[]): void {
  out.push(hash1(T.LowerPrev2, w ? w.lower : BOS));
}

/** Features from two words ahead. */
export function next2Hashes(w: WordInfo | null, out: number[]): void {
  out.push(hash1(T.LowerNext2, w ? w.lower : EOS), hash1(T.ShapeNext2, w ? w.shape : EOS));
}

/** POS of the token and its neighbours (BOS/EOS at the edges). */
export function posHashes(pp: string, p: string, pn: string, out: number[]): void {
  out.push(hash1(T.Pos, p), hash1(T.PosPrev, pp), hash1(T.PosNext, pn), hash2(T.PosPrevCur, pp, p), hash2(T.PosCurNext, p, pn));
}

/** The word with its POS. */
export function lowerPosHash(lower: string, p: string): number {
  return hash2(T.LowerPos, lower, p);
}

/** Shape bigrams and previous word + shape. */
export function shapePrevCurHash(sp: string, sh: string): number {
  return hash2(T.ShapePrevCur, sp, sh);
}
export function shapeCurNextHash(sh: string, sn: string): number {
  return hash2(T.ShapeCurNext, sh, sn);
}
export function lowerPrevShapeHash(lp: string, sh: string): number {
  return hash2(T.LowerPrevShape, lp, sh);
}
/** The hash state of `lowerPrevShapeHash` after the previous word; `hashStr(seed, shape)` finishes it. */
export function lowerPrevShapeSeed(lp: string): number {
  return hashStr(templateSeed(T.LowerPrevShape), lp) ^ 0x1f;
}
export function initialShapeHash(sh: string): number {
  return hash1(T.InitialShape, sh);
}

/** Capitalisation of token and neighbours, and the length of the capitalised run it is in. */
export function capsHashes(pattern: string, run: number, out: number[]): void {
  out.push(hash1(T.Caps, pattern), hash1(T.CapsRun, String(Math.min(run, 4))));
}

export function gazHash(which: 'cur' | 'prev' | 'next', tag: string): number {
  return hash1(which === 'cur' ? T.Gaz : which === 'prev' ? T.GazPrev : T.GazNext, tag);
}

/** Document-case evidence of a capitalised token (features/doc-case.ts); no feature for code 0. */
export function docCaseHash(code: number): number {
  return hash1(T.DocCase, String(code));
}
