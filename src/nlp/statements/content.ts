import type { Span } from '../../model/annotations.js';
import { isTerminal, pos, sentenceBounds, tEnd, tStart, word, type Ctx } from './context.js';
import { cueAt } from './find-cue.js';
import { quoteIndexAt, type Quote } from './quotes.js';

const CLOSING = new Set(['”', '"', "'", '’', '»']);

/** Quotes that lead into quote `k` (earlier paragraphs of one multi-paragraph quote), oldest first. */
function quoteChainBefore(quotes: Quote[], k: number): number[] {
  const out: number[] = [];
  let cur = k;
  while (cur > 0 && quotes[cur - 1].next === cur) {
    cur--;
    out.unshift(cur);
  }
  return out;
}

/** Quote `k` and the paragraphs that continue it, as spans. */
export function quoteChainSpans(quotes: Quote[], k: number): Span[] {
  const spans: Span[] = [];
  let cur: number | null = k;
  while (cur !== null) {
    spans.push({ start: quotes[cur].start, end: quotes[cur].end });
    cur = quotes[cur].next;
  }
  return spans;
}

/** True when token `k` follows a dash, or a comma closed inside a quote ("…,” claiming"). */
export function afterClauseBreak(ctx: Ctx, k: number): boolean {
  const w = word(ctx, k - 1);
  return w === '—' || w === '–' || (CLOSING.has(w) && word(ctx, k - 2) === ',');
}

/** True when a new attribution starts at token `k` (a boundary for the content before it). */
function startsNewAttribution(ctx: Ctx, k: number, e: number): boolean {
  const w = word(ctx, k);
  if (w === ',' && word(ctx, k + 1) === 'according' && word(ctx, k + 2) === 'to') return true;
  if (w === ',' && k + 1 < e && /ing$/.test(word(ctx, k + 1)) && cueAt(ctx, k + 1)) return true;
  // "… the party,” claiming …", "… — asserting …": the same trailing participle after a quote or a dash.
  if (/ing$/.test(w) && afterClauseBreak(ctx, k) && cueAt(ctx, k)) return true;
  // "… and said …", "… but told …": a second cue sharing the subject starts its own content.
  const joins = w === 'and' || w === 'but';
  if (joins || (w === ',' && (word(ctx, k + 1) === 'and' || word(ctx, k + 1) === 'but'))) {
    let j = joins ? k + 1 : k + 2;
    while (j < e && (pos(ctx, j) === 'ADV' || pos(ctx, j) === 'AUX')) j++;
    const c = j < e ? cueAt(ctx, j) : undefined;
    if (c && pos(ctx, j) === 'VERB' && !/ing$/.test(word(ctx, j)) && (c.cls === 'speech' || c.cls === 'stance')) return true;
  }
  return false;
}

/**
 * Content to the right of a cue, from token `first` to the end of its clause: the sentence end,
 * or where a new attribution starts (", adding …", "and said …", ", according to …"). A quote
 * that opens here and runs past the sentence is followed to its end, across paragraphs.
 */
export function contentRight(ctx: Ctx, first: number, si: number): Span[] {
  const bounds = sentenceBounds(ctx, si);
  let e = bounds.e;
  if (first >= e) return [];
  // A cue inside a quotation cannot give content beyond that quotation.
  const inside = quoteIndexAt(ctx.quotes, tStart(ctx, first) - 1);
  if (inside >= 0 && ctx.quotes[inside].start < tStart(ctx, first) - 1) {
    const qEnd = ctx.quotes[inside].end;
    while (e > first && tStart(ctx, e - 1) >= qEnd - 1) e--;
    if (first >= e) return [];
  }
  const qk = quoteIndexAt(ctx.quotes, tStart(ctx, first));
  if (qk >= 0 && ctx.quotes[qk].start === tStart(ctx, first)) {
    const sentEnd = tEnd(ctx, e - 1);
    if (ctx.quotes[qk].end > sentEnd || ctx.quotes[qk].next !== null) return quoteChainSpans(ctx.quotes, qk);
  }
  let last = e - 1;
  let quoteEnd = -1;
  for (let k = first; k < e; k++) {
    const at = tStart(ctx, k);
    if (at < quoteEnd) continue;
    const q = quoteIndexAt(ctx.quotes, at);
    if (q >= 0 && ctx.quotes[q].start === at) {
      quoteEnd = ctx.quotes[q].end;
      continue;
    }
    if (k > first && startsNewAttribution(ctx, k, e)) {
      last = k - 1;
      break;
    }
  }
  while (last >= first && (isTerminal(ctx, last) || /^[,;—–]$/.test(word(ctx, last))) && !(quoteEnd > tStart(ctx, last))) last--;
  if (last < first) return [];
  let end = tEnd(ctx, last);
  if (quoteEnd > end) {
    // A quote opened inside the content runs on past this sentence: follow it.
    const q = quoteIndexAt(ctx.quotes, quoteEnd - 1);
    const spans: Span[] = [{ start: tStart(ctx, first), end: quoteEnd }];
    if (q >= 0 && ctx.quotes[q].next !== null) spans.push(...quoteChainSpans(ctx.quotes, ctx.quotes[q].next!));
    return spans;
  }
  end = Math.max(end, tEnd(ctx, last));
  return [{ start: tStart(ctx, first), end }];
}

/**
 * Content to the left of a speaker or cue, ending at token `last`: "“…,” she said" or
 * "…, the minister said". A closing quote pulls the start back to its opening mark, across
 * sentences and paragraphs; otherwise the content starts at the sentence start, or at `min`.
 */
export function contentLeft(ctx: Ctx, last: number, si: number, min?: number): Span[] {
  const { s } = sentenceBounds(ctx, si);
  const lo = min ?? s;
  // ", X said": drop the comma; "…,” X said": keep the comma inside the quote.
  while (last >= lo && (word(ctx, last) === ',' || word(ctx, last) === '—' || word(ctx, last) === '–' || word(ctx, last) === ':')) last--;
  if (last < lo) return [];
  const endChar = tEnd(ctx, last);
  const qk = CLOSING.has(word(ctx, last)) || word(ctx, last).endsWith("''") ? quoteIndexAt(ctx.quotes, tStart(ctx, last)) : -1;
  if (qk >= 0) {
    const q = ctx.quotes[qk];
    const sentStart = tStart(ctx, lo);
    const spans: Span[] = quoteChainBefore(ctx.quotes, qk).map((k) => ({ start: ctx.quotes[k].start, end: ctx.quotes[k].end }));
    if (q.start < sentStart) return [...spans, { start: q.start, end: endChar }];
    // A lead-in with its own verb ("Trump's plan is “a disaster,”") makes the whole clause the content.
    let hasVerb = false;
    for (let k = lo; k < last && tStart(ctx, k) < q.start; k++) if (pos(ctx, k) === 'VERB' || pos(ctx, k) === 'AUX') hasVerb = true;
    return [...spans, { start: hasVerb ? sentStart : q.start, end: endChar }];
  }
  return [{ start: tStart(ctx, lo), end: endChar }];
}
