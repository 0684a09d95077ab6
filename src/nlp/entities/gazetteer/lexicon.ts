import { tokenize } from '../../tokens/tokenize.js';

/** A phrase in a lexicon, with its label and whatever the caller wants back on a match. */
export interface LexiconEntry {
  phrase: string;
  label: string;
  /** ISO code, canonical name or other payload. */
  data?: string;
}

/** A match of a lexicon entry over a token sequence: tokens [start, end). */
export interface LexiconMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
}

interface Compiled {
  entry: LexiconEntry;
  words: string[];
  lower: string[];
  /** Per token: must the text token start upper-case / match exactly? */
  mode: Uint8Array;
}

const ANY = 0;
const CAPITALISED = 1;
const EXACT = 2;

/** Lookup of multi-word phrases over token sequences. */
export interface Lexicon {
  /** Every entry matching at every start, longest first per start. */
  matchAll(words: readonly string[], lower: readonly string[]): LexiconMatch[];
  /**
   * The matches lying wholly within tokens [from, to) of longer arrays (one sentence of a
   * document), appended to `out` with indices into those arrays; returns `out`.
   */
  matchRange(words: readonly string[], lower: readonly string[], from: number, to: number, out: LexiconMatch[]): LexiconMatch[];
  /** The matches starting at token `i` and ending by `to`, appended to `out` (as matchRange finds them at `i`). */
  matchAt(words: readonly string[], lower: readonly string[], i: number, to: number, out: LexiconMatch[]): void;
  /** True when some phrase starts with this lower-case word (only then can `matchAt` find anything). */
  startsWith(lower: string): boolean;
  size: number;
}

function tokenMode(tok: string): number {
  if (/^[\p{Lu}\d.&-]{1,4}$/u.test(tok) && /\p{Lu}/u.test(tok)) return EXACT; // acronyms: "US" is not "us"
  if (/^\p{Lu}/u.test(tok)) return CAPITALISED;
  return ANY;
}

/**
 * Build a lexicon. Phrases are split with the same tokenizer the pipeline uses, so "U.S." or
 * "Guinea-Bissau" split the same way in the lexicon and in text. Capitalised phrase words only
 * match capitalised text words, and short acronyms only match exactly, so "us" is not "US".
 */
export function createLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const byFirst = new Map<string, Compiled[]>();
  // One tokenizer call over all phrases (a blank line between them) instead of one per phrase:
  // wink's per-call overhead would otherwise dominate loading.
  const SEP = '\n\n';
  const starts: number[] = [];
  let joined = '';
  for (const e of entries) {
    if (joined !== '') joined += SEP;
    starts.push(joined.length);
    joined += e.phrase;
  }
  const t = tokenize(joined);
  let k = 0;
  entries.forEach((entry, idx) => {
    const from = starts[idx];
    const to = from + entry.phrase.length;
    while (k < t.count && t.start[k] < from) k++;
    const words: string[] = [];
    while (k < t.count && t.end[k] <= to) {
      words.push(joined.slice(t.start[k], t.end[k]));
      k++;
    }
    if (words.length === 0) return;
    const c: Compiled = { entry, words, lower: words.map((w) => w.toLowerCase()), mode: Uint8Array.from(words.map(tokenMode)) };
    const list = byFirst.get(c.lower[0]);
    if (list) list.push(c);
    else byFirst.set(c.lower[0], [c]);
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  const matchAt = (words: readonly string[], lower: readonly string[], i: number, to: number, out: LexiconMatch[]) => {
    const list = byFirst.get(lower[i]);
    if (!list) return;
    for (const c of list) {
      const n = c.lower.length;
      if (i + n > to) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const w = words[i + k];
        if (lower[i + k] !== c.lower[k]) ok = false;
        else if (c.mode[k] === EXACT) ok = w === c.words[k];
        else if (c.mode[k] === CAPITALISED) ok = w[0] !== w[0].toLowerCase();
      }
      if (ok) out.push({ start: i, end: i + n, entry: c.entry });
    }
  };
  const matchRange = (words: readonly string[], lower: readonly string[], from: number, to: number, out: LexiconMatch[]) => {
    for (let i = from; i < to; i++) matchAt(words, lower, i, to, out);
    return out;
  };
  return {
    size: entries.length,
    matchAll: (words, lower) => matchRange(words, lower, 0, lower.length, []),
    matchRange,
    matchAt,
    startsWith: (lower) => byFirst.has(lower),
  };
}
