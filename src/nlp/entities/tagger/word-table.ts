import type { WordInfo } from '../features/templates.js';
import { DOC_CASE_CAP, DOC_CASE_CAP_MID_ELSEWHERE, DOC_CASE_INITIAL, DOC_CASE_LOWER_ELSEWHERE } from '../features/doc-case.js';

/** Word id 0 is no word: it stands for the sentence boundary in the scorer's neighbour slots. */
export const BOUNDARY = 0;
/** Past this many word types the table is dropped and rebuilt (between documents). */
const MAX_WORDS = 100_000;

const HAS_LETTER_RE = /\p{L}/u;
const HAS_LETTER = 1;
/** First code unit is a lower-case letter (has an upper-case form and is its own lower case). */
const LOWER_FIRST = 2;
/** First code unit changes when lower-cased (a capitalised word). */
const CAP_FIRST = 4;

/** What the scorer stores for a new word type; returns the word's template info. */
export interface WordTableHooks {
  /** Make room for word ids below `capacity`. */
  grow(capacity: number): void;
  /** The table was dropped: forget everything keyed by word id. */
  reset(): void;
  /** A new word type got `id`. */
  add(id: number, word: string): WordInfo;
}

/** Interned word types of the documents seen so far, with what run time needs per type. */
export interface WordTable {
  /** The id of a word (added on first sight). */
  idOf(word: string): number;
  /** Counts the times the table was dropped: ids handed out before then now mean other words. */
  epoch: number;
  /** Ensure `n` more words can be added without the table being dropped midway. */
  reserve(n: number): void;
  /** Word text, lower-case form and capitalisation (1/0) by id. */
  text: string[];
  lower: string[];
  caps: Uint8Array;
  /** Ids of a document's tokens, read straight from its text and token offsets. */
  docIds(text: string, start: Uint32Array, end: Uint32Array, n: number): Int32Array;
  /**
   * Document-case codes (features/doc-case.ts) of every token inside the given sentences, as
   * `docCaseCodes` computes them from the sentences' words, in one document-wide array.
   */
  docCase(wid: Int32Array, sentences: readonly { tokenStart: number; tokenEnd: number }[]): Uint8Array;
}

/** Create an empty word table; `hooks` keep the scorer's per-word arrays in step with it. */
export function createWordTable(hooks: WordTableHooks): WordTable {
  // Word ids are found by hashing the token's characters in the document text, so known words
  // (nearly all tokens) cost no substring and no Map lookup. Each slot holds [id, hash, start,
  // length] of a word, its characters sit in one contiguous pool, so a probe reads one slot and
  // a short run of the pool rather than a string object somewhere in the heap.
  // Slot id 0 = empty (id 0 is no word).
  let slots = new Int32Array(4 << 12);
  let mask = (1 << 12) - 1;
  let shift = 32 - 12;
  let chars = new Uint16Array(1 << 14);
  let charsUsed = 0;
  let wordHash = new Int32Array(1024);
  let wordStart = new Int32Array(1024);
  let lowerIds = new Map<string, number>();
  let count = 1;
  let capacity = 1024;
  let flags = new Uint8Array(capacity);
  let lowerId = new Int32Array(capacity);
  // Per-document marks, stamped with a generation number instead of cleared for every document.
  let lowerSeen = new Int32Array(capacity);
  let capStamp = new Int32Array(capacity);
  let capCount = new Int32Array(capacity);
  let gen = 0;

  const widen = <T extends Uint8Array | Int32Array>(a: T, cap: number): T => {
    const b = new (a.constructor as new (n: number) => T)(cap);
    b.set(a);
    return b;
  };
  /** Id of s[a, b), or 0 when unknown. */
  const find = (s: string, a: number, b: number, h: number): number => {
    const len = b - a;
    let slot = Math.imul(h, 0x9e3779b1) >>> shift;
    for (;;) {
      const o = slot << 2;
      const id = slots[o];
      if (id === 0) return 0;
      if (slots[o + 1] === h && slots[o + 3] === len) {
        const p = slots[o + 2];
        let k = 0;
        while (k < len && chars[p + k] === s.charCodeAt(a + k)) k++;
        if (k === len) return id;
      }
      slot = (slot + 1) & mask;
    }
  };
  const insert = (id: number, h: number, start: number, len: number) => {
    let slot = Math.imul(h, 0x9e3779b1) >>> shift;
    while (slots[slot << 2] !== 0) slot = (slot + 1) & mask;
    const o = slot << 2;
    slots[o] = id;
    slots[o + 1] = h;
    slots[o + 2] = start;
    slots[o + 3] = len;
  };
  const add = (slice: string, h: number): number => {
    const word = detach(slice);
    const id = count++;
    if (id >= capacity) {
      capacity *= 2;
      hooks.grow(capacity);
      flags = widen(flags, capacity);
      lowerId = widen(lowerId, capacity);
      lowerSeen = widen(lowerSeen, capacity);
      capStamp = widen(capStamp, capacity);
      capCount = widen(capCount, capacity);
      table.caps = widen(table.caps, capacity);
      wordHash = widen(wordHash, capacity);
      wordStart = widen(wordStart, capacity);
    }
    if (charsUsed + word.length > chars.length) {
      const c = new Uint16Array(Math.max(chars.length * 2, charsUsed + word.length));
      c.set(chars.subarray(0, charsUsed));
      chars = c;
    }
    const start = charsUsed;
    for (let k = 0; k < word.length; k++) chars[start + k] = word.charCodeAt(k);
    charsUsed += word.length;
    wordHash[id] = h;
    wordStart[id] = start;
    if (count * 2 > mask + 1) {
      slots = new Int32Array(slots.length * 2);
      mask = mask * 2 + 1;
      shift--;
      for (let k = 1; k < id; k++) insert(k, wordHash[k], wordStart[k], table.text[k].length);
    }
    const info = hooks.add(id, word);
    const first = word[0];
    let f = 0;
    if (HAS_LETTER_RE.test(word)) f |= HAS_LETTER;
    if (first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase()) f |= LOWER_FIRST;
    if (first !== undefined && first !== first.toLowerCase()) f |= CAP_FIRST;
    flags[id] = f;
    let lid = lowerIds.get(info.lower);
    if (lid === undefined) {
      lid = lowerIds.size;
      lowerIds.set(info.lower, lid);
    }
    lowerId[id] = lid;
    table.text[id] = word;
    table.lower[id] = info.lower;
    table.caps[id] = info.cap ? 1 : 0;
    insert(id, h, start, word.length);
    return id;
  };
  const table: WordTable = {
    text: [''],
    lower: [''],
    caps: new Uint8Array(capacity),
    epoch: 0,
    idOf(word) {
      const h = hashRange(word, 0, word.length);
      return find(word, 0, word.length, h) || add(word, h);
    },
    reserve(n) {
      if (count - 1 + n < MAX_WORDS) return;
      slots.fill(0);
      charsUsed = 0;
      lowerIds = new Map();
      count = 1;
      table.text = [''];
      table.lower = [''];
      table.epoch++;
      hooks.reset();
    },
    docIds(text, start, end, n) {
      table.reserve(n);
      const wid = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const a = start[i];
        const b = end[i];
        const h = hashRange(text, a, b);
        wid[i] = find(text, a, b, h) || add(text.slice(a, b), h);
      }
      return wid;
    },
    docCase(wid, sentences) {
      gen++;
      for (const s of sentences) {
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const id = wid[i];
          const f = flags[id];
          if (!(f & HAS_LETTER)) continue;
          if (f & LOWER_FIRST) lowerSeen[lowerId[id]] = gen;
          else if (i > s.tokenStart && f & CAP_FIRST) {
            if (capStamp[id] !== gen) {
              capStamp[id] = gen;
              capCount[id] = 0;
            }
            capCount[id]++;
          }
        }
      }
      const codes = new Uint8Array(wid.length);
      for (const s of sentences) {
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const id = wid[i];
          if (!(flags[id] & CAP_FIRST)) continue;
          let c = DOC_CASE_CAP;
          if (lowerSeen[lowerId[id]] === gen) c |= DOC_CASE_LOWER_ELSEWHERE;
          const mid = (capStamp[id] === gen ? capCount[id] : 0) - (i > s.tokenStart ? 1 : 0);
          if (mid > 0) c |= DOC_CASE_CAP_MID_ELSEWHERE;
          if (i === s.tokenStart) c |= DOC_CASE_INITIAL;
          codes[i] = c;
        }
      }
      return codes;
    },
  };
  return table;
}

/**
 * A copy of `s` that does not keep its source text alive. V8 represents a longer substring as a
 * view of the whole string it was cut from, so a word kept in the table would otherwise hold on
 * to its entire report for as long as the table lives. Concatenating forces a flat copy (of one
 * extra character), which the slice then views.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** FNV-1a over the UTF-16 code units of s[a, b). */
function hashRange(s: string, a: number, b: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = a; k < b; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h;
}
