import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { CalendarDate } from '../calendar.js';
import type { DateCandidate, DateRule, FindContext } from '../candidate.js';
import { interpretChrono, isCalendarResult, type RangeSide } from './interpret.js';
import { chronoWindows, compactText, reportOffset } from './windows.js';

/** Words chrono includes before the expression that are not part of the time itself. */
const LEADING = /^(?:on|in|at|by|during|since|from|until|till|of)\s+/i;
const TRAILING = /[\s,;:]+$/;

/**
 * Parsers we leave out. chrono's casual time-of-day parser ("morning", "night") swallows the date
 * that follows: "the morning of 30 May 1832" comes back with no date at all.
 */
const DROPPED_PARSERS = new Set(['ENCasualTimeParser']);

/** Without a report date chrono still needs an instant; values depending on it are discarded. */
const NO_REFERENCE = new Date(Date.UTC(2000, 5, 15, 12));

function instant(ref: CalendarDate | null): Date {
  if (!ref) return NO_REFERENCE;
  const t = new Date(Date.UTC(2000, ref.month - 1, ref.day, 12));
  t.setUTCFullYear(ref.year);
  return t;
}

/** Where a range's text splits into its two ends: a spaced separator first, then a bare dash. */
export function splitRange(text: string): { left: number; right: number } | null {
  const spaced = /\s+(?:–|—|-|to|until|till|through|thru)\s+/i.exec(text);
  const bare = spaced ?? /[–—]/.exec(text) ?? /-(?=[^-]*$)/.exec(text);
  if (!bare || bare.index === 0) return null;
  return { left: bare.index, right: bare.index + bare[0].length };
}

function trimmed(text: string, from: number, to: number): { start: number; end: number } {
  const part = text.slice(from, to);
  const lead = LEADING.exec(part)?.[0].length ?? 0;
  const trail = TRAILING.exec(part)?.[0].length ?? 0;
  return { start: from + lead, end: to - trail };
}

function candidate(r: ParsedResult, text: string, offset: number, from: number, to: number, side: RangeSide): DateCandidate {
  const { start, end } = trimmed(text, from, to);
  const span = text.slice(start, end);
  const c = side === 'end' && r.end ? r.end : r.start;
  return {
    start: offset + start,
    end: offset + end,
    rule: 'chrono',
    stated: (['year', 'month', 'day', 'weekday'] as const).filter((k) => c.isCertain(k)),
    priority: 0,
    resolve: (ctx) => interpretChrono(r, span, ctx, side),
  };
}

/**
 * Rule `chrono`: chrono-node's English casual parser over the sentence, interpreted by
 * interpret.ts. A range ("8 February 1700 – 17 March 1782") becomes two expressions, one per end,
 * the start borrowing the end's year when it states none ("March–August 2011"). Rules of our own
 * win over chrono at equal span length (see refine/overlaps.ts).
 */
export function createChronoRule(): DateRule {
  const parser = chrono.en.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
  // chrono costs far more per call than per character: a report is parsed once, and each
  // sentence takes the results that start and end inside it. Only the windows that can hold a
  // time expression are parsed (windows.ts), joined into one text.
  let cache: { text: string; at: number; results: ParsedResult[] } | null = null;
  const parseAll = (text: string, ref: CalendarDate | null): ParsedResult[] => {
    const at = instant(ref).getTime();
    if (cache?.text !== text || cache.at !== at) cache = { text, at, results: parseWindows(parser, text, new Date(at)) };
    return cache.results;
  };
  return {
    id: 'chrono',
    find(text: string, offset: number, ref: CalendarDate | null, ctx?: FindContext): DateCandidate[] {
      const whole = ctx?.fullText !== undefined && ctx.fullText.slice(offset, offset + text.length) === text;
      const results = whole
        ? parseAll(ctx.fullText!, ref).filter((r) => r.index >= offset && r.index + r.text.length <= offset + text.length).map((r) => shift(r, -offset))
        : parser.parse(text, { instant: instant(ref), timezone: 0 });
      const out: DateCandidate[] = [];
      for (const r of results) {
        if (!isCalendarResult(r)) continue;
        const from = r.index;
        const to = r.index + r.text.length;
        const split = r.end ? splitRange(r.text) : null;
        if (split) {
          out.push(candidate(r, text, offset, from, from + split.left, 'start'));
          out.push(candidate(r, text, offset, from + split.right, to, 'end'));
        } else {
          out.push(candidate(r, text, offset, from, to, 'whole'));
        }
      }
      return out;
    },
  };
}

/**
 * chrono's results for `text`, found in its windows only. A result that would run across the
 * break between two windows cannot happen (windows end on words chrono cannot read); should one
 * appear, the whole text is parsed instead, so the answer is always chrono's on the full text.
 */
function parseWindows(parser: chrono.Chrono, text: string, instant: Date): ParsedResult[] {
  const windows = chronoWindows(text);
  if (windows.length === 0) return [];
  const compact = compactText(text, windows);
  if (compact.text.length === text.length) return parser.parse(text, { instant, timezone: 0 });
  const out: ParsedResult[] = [];
  for (const r of parser.parse(compact.text, { instant, timezone: 0 })) {
    const start = reportOffset(compact, r.index);
    const end = reportOffset(compact, r.index + r.text.length);
    if (start < 0 || end < 0 || text.slice(start, end) !== r.text) return parser.parse(text, { instant, timezone: 0 });
    out.push(start === r.index ? r : shift(r, start - r.index));
  }
  return out;
}

/** A result with its index moved by `delta` (chrono results are plain objects with an index). */
function shift(r: ParsedResult, delta: number): ParsedResult {
  return Object.assign(Object.create(Object.getPrototypeOf(r) as object) as ParsedResult, r, { index: r.index + delta });
}
