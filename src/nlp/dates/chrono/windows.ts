/*
 * chrono runs some thirty regexes over every character it is given, yet in news most text holds
 * no time expression. We give it only windows around the places where one can start, cut where no
 * chrono match can reach, so its results are the ones it finds in the whole text.
 *
 * A trigger is a necessary part of every result chrono's English casual parsers produce (read off
 * their patterns in chrono-node 2.10): a digit; a month or weekday name or abbreviation (searched
 * inside words, so "Mayor" and "dismay" count too); a casual day word; "month", "year", "week",
 * "night", "couple", "half", "clock"; a modifier glued or spaced to a unit ("last week", "lasts",
 * "pasty"); a number word before a unit ("for a second", "in the s"). A window runs from the
 * nearest neutral word before a trigger to the nearest neutral word after it. A neutral word is a
 * run of five or more letters that no chrono pattern can consume: no trigger inside, and not made
 * of chrono's words run together (chrono lets "the"+"y" or "last"+"s" join into one word).
 * Neither a match nor a refiner's look before or after a result can cross such a word, so what
 * lies beyond it cannot change what chrono finds inside the window.
 */

const UNITS = 's|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?';

/** Every place a chrono result may hold; case-insensitive, found anywhere (not only at word starts). */
export const TRIGGER = new RegExp(
  [
    '[0-9]',
    'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec',
    'sun|mon|tue|wed|thu|fri|sat|week',
    'now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night',
    'month|year|couple|half|clock',
    `(?:this|last|past|next|after)\\s*(?:${UNITS})(?![A-Za-z0-9_])`,
    `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|the|an?|of)\\s+(?:${UNITS})(?:(?![A-Za-z0-9_])|(?=and))`,
  ].join('|'),
  'gi',
);

/**
 * Words of chrono's patterns, parsers and refiners (and the dictionaries behind them), from which
 * chrono can build a word (see isChronoCompound).
 */
const CHRONO_WORDS = [
  'about', 'ad', 'after', 'afternoon', 'ago', 'am', 'an', 'and', 'approximately', 'around', 'at', 'bc', 'bce', 'be',
  'before', 'ce', 'clock', 'couple', 'day', 'days', 'earlier', 'eight', 'eighteenth', 'eighth', 'eleven', 'eleventh',
  'end', 'evening', 'few', 'fifteenth', 'fifth', 'first', 'five', 'for', 'forward', 'four', 'fourteenth', 'fourth',
  'from', 'gmt', 'half', 'henceforth', 'hour', 'hours', 'hr', 'hrs', 'in', 'just', 'last', 'later', 'midday',
  'midnight', 'min', 'mins', 'minute', 'minutes', 'mo', 'morning', 'mos', 'nd', 'next', 'night', 'nine',
  'nineteenth', 'ninth', 'no', 'noon', 'now', 'of', 'on', 'one', 'oclock', 'out', 'past', 'pm', 'qtr', 'quarter',
  'quarters', 'rd', 'roughly', 'sec', 'second', 'seconds', 'seven', 'seventeenth', 'seventh', 'several', 'since',
  'six', 'sixteenth', 'sixth', 'st', 'ten', 'tenth', 'th', 'the', 'third', 'thirteenth', 'thirtieth', 'thirty',
  'this', 'three', 'through', 'till', 'to', 'twelfth', 'twelve', 'twentieth', 'twenty', 'two', 'until', 'utc',
  'week', 'weeks', 'weekday', 'weekend', 'within', 'year', 'years', 'yr',
];

/** One-letter words chrono reads: units, "a", "o'clock", ISO's "T" and "Z", "p.m.". */
const LETTERS = ['s', 'm', 'h', 'd', 'w', 'y', 'a', 'o', 't', 'p', 'z'];
const PIECES = new Set([...CHRONO_WORDS, ...LETTERS]);
const LONGEST_PIECE = Math.max(...[...PIECES].map((w) => w.length));

/**
 * True when `word` splits into chrono's words with nothing between: chrono's `\s*` lets "the"+"y"
 * or "last"+"s" run together, so such a word may be part of a match.
 */
export function isChronoCompound(word: string): boolean {
  const w = word.toLowerCase();
  const ok = new Uint8Array(w.length + 1);
  ok[0] = 1;
  for (let i = 0; i < w.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= LONGEST_PIECE && i + len <= w.length; len++) if (PIECES.has(w.slice(i, i + len))) ok[i + len] = 1;
  }
  return ok[w.length] === 1;
}

const TRIGGER_IN_WORD = new RegExp(TRIGGER.source, 'i');
const neutral = new Map<string, boolean>();

/** True when `word` (letters only) is a run no chrono pattern can consume or cross. */
export function isNeutralWord(word: string): boolean {
  if (word.length < 5) return false;
  let known = neutral.get(word);
  if (known === undefined) {
    known = !TRIGGER_IN_WORD.test(word) && !isChronoCompound(word);
    // Bounded, so a long-running ingest does not grow it without end.
    if (neutral.size > 50_000) neutral.clear();
    neutral.set(word, known);
  }
  return known;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** The letters-only word [start, end) is a whole \w run (digits or "_" next to it would join it). */
function wordAt(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordChar(text.charCodeAt(start - 1))) && (end === text.length || !isWordChar(text.charCodeAt(end)));
}

/** Start of the nearest neutral word that ends at or before `at`, or 0. */
function neutralBefore(text: string, at: number): number {
  let end = at;
  while (end > 0) {
    while (end > 0 && !isLetter(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
    if (end > start && wordAt(text, start, end) && isNeutralWord(text.slice(start, end))) return start;
    end = start;
  }
  return 0;
}

/** End of the nearest neutral word that starts at or after `at`, or the text's end. */
function neutralAfter(text: string, at: number): number {
  let start = at;
  const n = text.length;
  while (start < n) {
    while (start < n && !isLetter(text.charCodeAt(start))) start++;
    let end = start;
    while (end < n && isLetter(text.charCodeAt(end))) end++;
    if (end > start && wordAt(text, start, end) && isNeutralWord(text.slice(start, end))) return end;
    start = end;
  }
  return n;
}

/** A stretch of the text chrono must see, as [start, end) offsets. */
export interface Window {
  start: number;
  end: number;
}

/**
 * The windows of `text` that can hold a chrono result, in text order, disjoint. A trigger inside
 * a word widens the search to that word's edges, so a neutral word is never cut.
 */
export function chronoWindows(text: string): Window[] {
  const out: Window[] = [];
  const re = new RegExp(TRIGGER.source, 'gi');
  let last: Window | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = m.index;
    const to = m.index + Math.max(1, m[0].length);
    if (last && to <= last.end) continue;
    // Skip the rest of a window already built: its end is a neutral word, past every trigger in it.
    const start = neutralBefore(text, from);
    const end = neutralAfter(text, to);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push((last = { start, end }));
    re.lastIndex = Math.max(re.lastIndex, last.end);
  }
  return out;
}

/** Windows joined into one text for chrono, with where each window starts there and in the report. */
export interface CompactText {
  text: string;
  /** Start of window k in the compact text. */
  compactStarts: number[];
  windows: Window[];
}

/**
 * Join the windows with a line break. Windows end and begin with neutral words, so the break
 * sits between two words chrono cannot consume, as the text between them in the report does.
 */
export function compactText(text: string, windows: Window[]): CompactText {
  const parts: string[] = [];
  const compactStarts: number[] = [];
  let at = 0;
  for (const w of windows) {
    if (parts.length > 0) {
      parts.push('\n');
      at += 1;
    }
    compactStarts.push(at);
    parts.push(text.slice(w.start, w.end));
    at += w.end - w.start;
  }
  return { text: parts.join(''), compactStarts, windows };
}

/** Offset in the report of compact offset `at`, or -1 when it falls on a break between windows. */
export function reportOffset(c: CompactText, at: number): number {
  let lo = 0;
  let hi = c.compactStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.compactStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  const w = c.windows[lo];
  const off = at - c.compactStarts[lo];
  return off <= w.end - w.start ? w.start + off : -1;
}
