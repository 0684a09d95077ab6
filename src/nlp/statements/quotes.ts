/** A quoted stretch of text: from the opening mark to just after the closing mark. */
export interface Quote {
  start: number;
  end: number;
  /** False when the paragraph ended before a closing mark (a quote running into the next paragraph). */
  closed: boolean;
  /** Index of the quote that continues this one in the next paragraph, or null. */
  next: number | null;
}

const OPENERS = new Set(['“', '"', '«', '„']);
/** True for a line break or a character that can start an opening or closing mark (“ ” " « » „ ' `). */
function isQuoteOrBreak(c: number): boolean {
  return c === 0x0a || c === 0x22 || c === 0x27 || c === 0x60 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e;
}
const CLOSERS: Record<string, string[]> = { '“': ['”', '"'], '"': ['"', '”'], '«': ['»'], '„': ['“', '”'], "''": ["''", '”'], '``': ["''"] };

/**
 * Find double-quoted stretches in `text`. Single quotes are left alone because they double as
 * apostrophes; the doubled apostrophe ('') some newspapers print is treated as a double quote.
 * A quote still open at a line break ends there; when the next paragraph opens with a quote mark,
 * that quote is linked as its continuation (news style for multi-paragraph quotes).
 */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let open: { start: number; mark: string } | null = null;
  let lastNonSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: most characters are neither quote marks nor line breaks.
    if (!isQuoteOrBreak(code)) {
      if (code > 32 && code !== 160 && code < 0x2000) lastNonSpace = i;
      else if (text[i].trim() !== '') lastNonSpace = i;
      continue;
    }
    const ch = text[i];
    if (ch === '\n') {
      if (open) {
        out.push({ start: open.start, end: Math.max(lastNonSpace + 1, open.start + open.mark.length), closed: false, next: null });
        open = null;
      }
      continue;
    }
    const two = text.slice(i, i + 2);
    if (!open) {
      if (two === "''" || two === '``') {
        open = { start: i, mark: two };
        i++;
      } else if (OPENERS.has(ch)) {
        open = { start: i, mark: ch };
      }
    } else {
      const closers = CLOSERS[open.mark] ?? [];
      const hit = closers.find((c) => text.startsWith(c, i));
      if (hit && i > open.start) {
        out.push({ start: open.start, end: i + hit.length, closed: true, next: null });
        open = null;
        i += hit.length - 1;
      }
    }
    if (ch.trim() !== '') lastNonSpace = i;
  }
  if (open) out.push({ start: open.start, end: lastNonSpace + 1, closed: false, next: null });
  linkContinuations(text, out);
  return out;
}

function linkContinuations(text: string, quotes: Quote[]): void {
  for (let k = 0; k + 1 < quotes.length; k++) {
    const q = quotes[k];
    if (q.closed) continue;
    const between = text.slice(q.end, quotes[k + 1].start);
    if (/^\s*\n\s*$/.test(between)) q.next = k + 1;
  }
}

/** Index of the quote containing `offset`, or -1. */
export function quoteIndexAt(quotes: Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
