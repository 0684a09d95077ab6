import { ABBREVIATIONS, NUMBER_ABBREVIATIONS } from './abbreviations.js';
import type { TokenTable } from './tokenize.js';

export interface Sentence {
  start: number;
  end: number;
  /** First token index, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

const TERMINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
/** Last code unit of every TERMINAL mark and of an abbreviation-like "Jr.": . ! ? … */
const TERMINAL_LAST = new Set([0x2e, 0x21, 0x3f, 0x2026]);
const BLANK_LINE = /\n[ \t\r]*\n/;
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '—', '-']);

/**
 * wink keeps some abbreviations whole ("U.S.", "no."). Such a token ends a sentence only when it
 * is a number abbreviation not followed by a number ("he said no. The vote...").
 */
function isAbbreviationToken(t: string, next: string): boolean {
  const bare = t.slice(0, -1).toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(bare)) return /^\d/.test(next);
  return bare.includes('.') || ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(t.slice(0, -1));
}

/**
 * Split a token table into sentences.
 * A sentence ends after terminal punctuation (plus any closing quotes or brackets) when the next
 * token starts a sentence: an upper-case word, a digit, or an opening quote. Not after an
 * abbreviation ("Dept.", "Sept."), and not when a quote closing on "?" or "!" is followed by a
 * lower-case word ("?” asked"). A blank line always ends a sentence; a single line break ends one
 * after terminal punctuation whatever follows.
 */
export function splitSentences(text: string, tokens: TokenTable): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.count;
  let first = 0;
  const push = (last: number) => {
    if (last < first) return;
    out.push({ start: tokens.start[first], end: tokens.end[last], tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };
  const tok = (i: number) => text.slice(tokens.start[i], tokens.end[i]);
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? i + 1 : -1;
    // A blank line needs at least two characters between the tokens; most gaps are 0 or 1.
    if (next >= 0 && tokens.start[next] - tokens.end[i] >= 2 && BLANK_LINE.test(text.slice(tokens.end[i], tokens.start[next]))) {
      push(i);
      continue;
    }
    // Every terminal mark ends in one of these; other tokens are passed over without a copy.
    if (!TERMINAL_LAST.has(text.charCodeAt(tokens.end[i] - 1))) continue;
    const t = tok(i);
    const isTerminal = TERMINAL.has(t) || (t.length > 1 && t.endsWith('.') && /[A-Za-z]\.$/.test(t));
    if (!isTerminal) continue;
    // Absorb closing quotes/brackets glued to the terminal mark.
    let last = i;
    while (last + 1 < n && CLOSERS.has(tok(last + 1)) && tokens.start[last + 1] === tokens.end[last]) last++;
    const after = last + 1 < n ? last + 1 : -1;
    if (after < 0) {
      push(last);
      i = last;
      continue;
    }
    const between = text.slice(tokens.end[last], tokens.start[after]);
    const lineBreak = between.includes('\n');
    if (t.length > 1 && t.endsWith('.') && t !== '...' && !lineBreak && isAbbreviationToken(t, tok(after))) continue;
    if (t === '.' && i > 0 && !lineBreak && tokens.end[i - 1] === tokens.start[i]) {
      const prev = tok(i - 1).toLowerCase();
      if (ABBREVIATIONS.has(prev)) {
        if (!NUMBER_ABBREVIATIONS.has(prev)) continue;
        if (/^\d/.test(tok(after))) continue;
      }
      if (/^[A-Z]$/.test(tok(i - 1))) continue; // an initial: "John F. Kennedy"
    }
    const nextText = tok(after);
    const startsSentence = /^[\p{Lu}\d]/u.test(nextText) || OPENERS.has(nextText);
    if (lineBreak || (startsSentence && between.length > 0)) {
      push(last);
      i = last;
    }
  }
  if (first < n) push(n - 1);
  return out;
}
