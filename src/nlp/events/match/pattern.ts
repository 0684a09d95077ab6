import type { Doc } from '../../../model/doc.js';
import type { LexEntry } from '../lexicon/entry.js';
import { isVerbAt } from '../clause/verb-chain.js';

interface WordSlot {
  kind: 'word';
  words: Set<string>;
  pos: 'V' | 'N' | null;
}
type Slot = WordSlot | { kind: 'gap' };

/** A compiled lexicon entry. */
export interface CompiledPattern {
  entry: LexEntry;
  slots: Slot[];
  /** Index among the word slots of the head (the word that names the event). */
  head: number;
  /** Number of word slots: more words, more specific. */
  words: number;
}

/** A pattern found in the text, by token indexes (inclusive). */
export interface PatternMatch {
  pattern: CompiledPattern;
  first: number;
  last: number;
  head: number;
}

const MAX_GAP = 3;

/** Compile `criminal ^proceeding|^charge`, `forge * tie`, `arrest/V`. */
export function compilePattern(entry: LexEntry): CompiledPattern {
  const slots: Slot[] = [];
  let head = 0;
  let words = 0;
  for (const raw of entry.pattern.split(/\s+/)) {
    if (raw === '*') {
      slots.push({ kind: 'gap' });
      continue;
    }
    const m = /^(.*?)(?:\/([VN]))?$/.exec(raw)!;
    if (m[1].includes('^')) head = words;
    const alts = m[1].replace(/\^/g, '').split('|').map((w) => w.toLowerCase());
    slots.push({ kind: 'word', words: new Set(alts), pos: (m[2] as 'V' | 'N' | undefined) ?? null });
    words++;
  }
  return { entry, slots, head, words };
}

/** Parts of speech an event word may have when the pattern does not say. */
const CONTENT = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ']);

/** Base forms a verb form may come from, for words the lemmatiser leaves alone ("neutralized"). */
export function stemCandidates(word: string): string[] {
  const out = [word];
  if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) out.push(word.slice(0, -1), word.slice(0, -2));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

function wordFits(doc: Doc, i: number, slot: WordSlot, isHead: boolean): boolean {
  const text = doc.token(i).toLowerCase();
  if (!slot.words.has(doc.lemma(i)) && !stemCandidates(text).some((w) => slot.words.has(w))) return false;
  const pos = doc.pos(i);
  if (slot.pos === 'V') return isVerbAt(doc, i);
  if (slot.pos === 'N') return pos === 'NOUN' || pos === 'PROPN';
  return !isHead || CONTENT.has(pos);
}

/** Gap words: anything but punctuation, so a pattern never runs across a clause break. */
function gapFits(doc: Doc, i: number): boolean {
  return doc.pos(i) !== 'PUNCT' || doc.token(i) === '-';
}

/**
 * Match `p` starting at token `start`, inside [start, end). Returns the matched word-token indexes
 * or null. Gaps are tried shortest first, so the tightest reading wins.
 */
export function matchAt(doc: Doc, p: CompiledPattern, start: number, end: number): number[] | null {
  const go = (slot: number, i: number, wordIndex: number, acc: number[]): number[] | null => {
    if (slot === p.slots.length) return acc;
    const s = p.slots[slot];
    if (s.kind === 'gap') {
      for (let g = 0; g <= MAX_GAP; g++) {
        if (g > 0 && (i + g - 1 >= end || !gapFits(doc, i + g - 1))) break;
        const r = go(slot + 1, i + g, wordIndex, acc);
        if (r) return r;
      }
      return null;
    }
    if (i >= end || !wordFits(doc, i, s, wordIndex === p.head)) return null;
    return go(slot + 1, i + 1, wordIndex + 1, [...acc, i]);
  };
  return go(0, start, 0, []);
}

/** Patterns by the words their first slot accepts; patterns opening with a gap are tried everywhere. */
interface PatternIndex {
  byWord: Map<string, CompiledPattern[]>;
  always: CompiledPattern[];
  order: Map<CompiledPattern, number>;
}

const indexes = new WeakMap<CompiledPattern[], PatternIndex>();

function indexOf(patterns: CompiledPattern[]): PatternIndex {
  let idx = indexes.get(patterns);
  if (idx) return idx;
  idx = { byWord: new Map(), always: [], order: new Map(patterns.map((p, k) => [p, k])) };
  for (const p of patterns) {
    const first = p.slots[0];
    if (!first || first.kind === 'gap') {
      idx.always.push(p);
      continue;
    }
    for (const w of first.words) {
      const list = idx.byWord.get(w);
      if (list) list.push(p);
      else idx.byWord.set(w, [p]);
    }
  }
  indexes.set(patterns, idx);
  return idx;
}

/**
 * Every match of every pattern inside token range [from, to). Only the patterns whose first word
 * can be the token's lemma or one of its stems are tried at each token, so the cost grows with
 * the text, not with text × lexicon.
 */
export function findPatternMatches(doc: Doc, patterns: CompiledPattern[], from: number, to: number): PatternMatch[] {
  const idx = indexOf(patterns);
  const out: PatternMatch[] = [];
  for (let i = from; i < to; i++) {
    for (const p of patternsAt(idx, doc.lemma(i), doc.token(i).toLowerCase())) {
      const hit = matchAt(doc, p, i, to);
      if (hit) out.push({ pattern: p, first: hit[0], last: hit[hit.length - 1], head: hit[p.head] });
    }
  }
  return out;
}

const NONE: CompiledPattern[] = [];

/** True when no pattern can start at a token with this lemma and lower-case form (most tokens). */
function startsNone(idx: PatternIndex, lemma: string, lower: string): boolean {
  if (idx.always.length > 0 || idx.byWord.has(lemma) || idx.byWord.has(lower)) return false;
  // Only words with these endings have stems other than themselves (stemCandidates).
  if (!lower.endsWith('ed') && !lower.endsWith('ing') && !lower.endsWith('s')) return true;
  return !stemCandidates(lower).some((w) => idx.byWord.has(w));
}

/** The patterns whose first word can be `lemma` or a stem of `lower`, in lexicon order (so ties resolve as ever). */
function patternsAt(idx: PatternIndex, lemma: string, lower: string): CompiledPattern[] {
  if (startsNone(idx, lemma, lower)) return NONE;
  const tried = new Set<CompiledPattern>(idx.always);
  for (const form of [lemma, ...stemCandidates(lower)]) {
    for (const p of idx.byWord.get(form) ?? []) tried.add(p);
  }
  return [...tried].sort((a, b) => idx.order.get(a)! - idx.order.get(b)!);
}
