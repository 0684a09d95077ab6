import type { Gazetteer } from '../gazetteer/index.js';
import { sentenceContext } from './context.js';
import {
  BOS, EOS, capsHashes, docCaseHash, gazHash, initialShapeHash, intrinsicHashes, lowerPosHash, lowerPrevShapeHash, next2Hashes, nextHashes,
  posHashes, prev2Hashes, prevHashes, shapeCurNextHash, shapePrevCurHash, wordInfo, type WordInfo,
} from './templates.js';

/** One sentence as the tagger sees it: token texts and Universal POS tags. */
export interface SentenceInput {
  words: readonly string[];
  pos: readonly string[];
  /** Document-case codes per token (features/doc-case.ts); absent = no document context. */
  docCase?: Uint8Array;
}

/** Feature hashes per token, compressed-row style: token i owns hashes[offsets[i] .. offsets[i+1]). */
export interface FeatureRows {
  offsets: Uint32Array;
  hashes: Uint32Array;
}

/** Word-cluster lookup (distributional classes); optional. */
export type ClusterLookup = (lower: string) => string | undefined;

/**
 * Compute the features of every token of a sentence as hashes (the training path; the run-time
 * scorer in tagger/fast-scorer.ts sums the same features per word type). Features: word, affixes,
 * shape, POS, a ±2 window, gazetteer membership (with B/I position), closed word classes,
 * capitalisation patterns, the sentence-initial flag and, when given, word clusters.
 */
export function extractFeatures(s: SentenceInput, gaz: Gazetteer, clusters?: ClusterLookup): FeatureRows {
  const n = s.words.length;
  const info: WordInfo[] = s.words.map((w) => wordInfo(w, clusters));
  const ctx = sentenceContext(s.words, info.map((w) => w.lower), info.map((w) => w.cap), gaz);
  const useClusters = Boolean(clusters);
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const w = info[i];
    const prev = i > 0 ? info[i - 1] : null;
    const next = i + 1 < n ? info[i + 1] : null;
    intrinsicHashes(w, out);
    prevHashes(prev, useClusters, out);
    nextHashes(next, useClusters, out);
    prev2Hashes(i > 1 ? info[i - 2] : null, out);
    next2Hashes(i + 2 < n ? info[i + 2] : null, out);
    const p = s.pos[i];
    posHashes(i > 0 ? s.pos[i - 1] : BOS, p, i + 1 < n ? s.pos[i + 1] : EOS, out);
    out.push(lowerPosHash(w.lower, p));
    const sp = prev ? prev.shape : BOS;
    const sn = next ? next.shape : EOS;
    out.push(shapePrevCurHash(sp, w.shape), shapeCurNextHash(w.shape, sn), lowerPrevShapeHash(prev ? prev.lower : BOS, w.shape));
    if (i === 0) out.push(initialShapeHash(w.shape));
    capsHashes(ctx.capsPattern[i], ctx.capRun[i], out);
    if (s.docCase && s.docCase[i] !== 0) out.push(docCaseHash(s.docCase[i]));
    for (const g of ctx.gazAt[i]) out.push(gazHash('cur', g));
    if (i > 0) for (const g of ctx.gazAt[i - 1]) out.push(gazHash('prev', g));
    if (i + 1 < n) for (const g of ctx.gazAt[i + 1]) out.push(gazHash('next', g));
  }
  offsets[n] = out.length;
  return { offsets, hashes: Uint32Array.from(out) };
}
