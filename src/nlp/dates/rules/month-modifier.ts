import { isoMonth } from '../calendar.js';
import { yearOfMonth, type Relation } from '../bias.js';
import type { DateCandidate, DateRule, Resolution, ResolveContext } from '../candidate.js';
import { MONTH_NAME_PATTERN, monthNumber } from '../lexicon.js';
import { matchAll } from './match-all.js';

/*
 * chrono drops "last", "this" and "next" before a month name and resolves the month forward.
 * The rule (docs/decisions/004-dates-and-events.md):
 *   last <month>  → the latest such month strictly before the report's month
 *                   ("last August" in a 2023-09-05 report → 2023-08; in an August report → the previous year's)
 *   this <month>  → that month in the report's year
 *   next <month>  → the first such month strictly after the report's month
 *   <month> this/last/next year → the month in the report's year, the year before, the year after
 * A day or year after the month ("last August 21", "next May 2024") leaves it to chrono.
 */
const BEFORE = new RegExp(`\\b(last|this|next|past|coming)\\s+(${MONTH_NAME_PATTERN})\\b(?!\\s*,?\\s*\\d)`, 'gi');
const AFTER = new RegExp(`\\b(${MONTH_NAME_PATTERN})(?:\\s+of)?\\s+(this|last|next)\\s+year\\b`, 'g');

const RELATIONS: Record<string, Relation> = { last: 'last', past: 'last', this: 'this', next: 'next', coming: 'next' };
const YEAR_OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };

function monthCandidate(start: number, end: number, month: number, year: (ctx: ResolveContext) => number | null): DateCandidate {
  return {
    start,
    end,
    rule: 'month-modifier',
    stated: ['month', 'offset'],
    priority: 1,
    resolve(ctx: ResolveContext): Resolution | null {
      const y = year(ctx);
      if (y === null) return null;
      return { when: isoMonth(y, month), precision: 'month', stated: ['month', 'offset'], inferred: ['year'] };
    },
  };
}

/** Rule `month-modifier`: "last August", "this March", "next May", "June next year". */
export function createMonthModifierRule(): DateRule {
  return {
    id: 'month-modifier',
    cues: ['month'],
    find(text: string, offset: number): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const m of matchAll(BEFORE, text)) {
        // The month name must be capitalised: "this march" is a protest, not a date.
        if (!/^[A-Z]/.test(m[2])) continue;
        const month = monthNumber(m[2])!;
        const rel = RELATIONS[m[1].toLowerCase()];
        out.push(monthCandidate(offset + m.index, offset + m.index + m[0].length, month, (ctx) => (ctx.ref ? yearOfMonth(ctx.ref, month, rel) : null)));
      }
      for (const m of matchAll(AFTER, text)) {
        const month = monthNumber(m[1])!;
        const delta = YEAR_OFFSETS[m[2].toLowerCase()];
        out.push(monthCandidate(offset + m.index, offset + m.index + m[0].length, month, (ctx) => (ctx.ref ? ctx.ref.year + delta : null)));
      }
      return out;
    },
  };
}
