import { quarterInterval } from '../calendar.js';
import { bareRelation, yearOfQuarter, type Relation } from '../bias.js';
import type { DateCandidate, DateRule, Resolution, ResolveContext } from '../candidate.js';
import { QUARTER_WORDS } from '../lexicon.js';
import { matchAll } from './match-all.js';

/*
 * Quarters become an ISO interval of months, "Q3 2023" → "2023-07/2023-09" (precision `quarter`).
 * Without a year, the quarter falls on or before the report's quarter (news reports results
 * after the fact); "last quarter" alone is the quarter before the report's.
 */
const ORDINAL = 'first|second|third|fourth|final|1st|2nd|3rd|4th';
const Q_CODE = /\b(?:(\d{4})\s+)?Q([1-4])(?:\s+(?:of\s+)?(\d{4})|\s?['’](\d{2})|\s?(?:FY)?(\d{4}))?\b/g;
const NAMED = new RegExp(
  `\\b(?:(\\d{4})\\s+)?(${ORDINAL})[\\s-]quarter\\b(?:\\s+(?:of\\s+)?(?:(\\d{4})\\b|(this|last|next)\\s+year\\b))?`,
  'gi',
);
const RELATIVE = /\b(last|this|next|past|current|previous|coming)\s+quarter\b(?!\s+of\b)/gi;

function quarterCandidate(
  start: number,
  end: number,
  quarter: number,
  year: number | null,
  yearOffset: number | null,
): DateCandidate {
  const stated = year !== null || yearOffset !== null ? ['quarter', 'year'] : ['quarter'];
  return {
    start,
    end,
    rule: 'quarter',
    stated,
    priority: 1,
    resolve(ctx: ResolveContext): Resolution | null {
      if (year !== null) return { when: quarterInterval(year, quarter), precision: 'quarter', stated, inferred: [] };
      if (!ctx.ref) return null;
      if (yearOffset !== null) {
        return { when: quarterInterval(ctx.ref.year + yearOffset, quarter), precision: 'quarter', stated: ['quarter', 'offset'], inferred: ['year'] };
      }
      const y = yearOfQuarter(ctx.ref, quarter, bareRelation(ctx.future));
      return { when: quarterInterval(y, quarter), precision: 'quarter', stated, inferred: ['year'] };
    },
  };
}

const OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };
const RELATIONS: Record<string, Relation> = {
  last: 'last', past: 'last', previous: 'last', this: 'this', current: 'this', next: 'next', coming: 'next',
};

function relativeQuarter(start: number, end: number, word: string): DateCandidate {
  const rel = RELATIONS[word.toLowerCase()];
  return {
    start,
    end,
    rule: 'quarter',
    stated: ['quarter', 'offset'],
    priority: 1,
    resolve(ctx: ResolveContext): Resolution | null {
      if (!ctx.ref) return null;
      const refQ = Math.floor((ctx.ref.month - 1) / 3) + 1;
      const step = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      const index = ctx.ref.year * 4 + (refQ - 1) + step;
      const y = Math.floor(index / 4);
      return { when: quarterInterval(y, (index % 4) + 1), precision: 'quarter', stated: ['offset'], inferred: ['quarter', 'year'] };
    },
  };
}

/** Rule `quarter`: "Q3 2023", "the third quarter", "fourth-quarter", "last quarter". */
export function createQuarterRule(): DateRule {
  return {
    id: 'quarter',
    cues: ['digit', 'quarter'],
    find(text: string, offset: number): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const m of matchAll(Q_CODE, text)) {
        const yearText = m[1] ?? m[3] ?? m[5];
        const year = yearText ? Number(yearText) : m[4] ? 2000 + Number(m[4]) : null;
        out.push(quarterCandidate(offset + m.index, offset + m.index + m[0].length, Number(m[2]), year, null));
      }
      for (const m of matchAll(NAMED, text)) {
        const q = QUARTER_WORDS[m[2].toLowerCase()];
        const yearText = m[1] ?? m[3];
        const off = m[4] ? OFFSETS[m[4].toLowerCase()] : null;
        out.push(quarterCandidate(offset + m.index, offset + m.index + m[0].length, q, yearText ? Number(yearText) : null, off));
      }
      for (const m of matchAll(RELATIVE, text)) {
        out.push(relativeQuarter(offset + m.index, offset + m.index + m[0].length, m[1]));
      }
      return out;
    },
  };
}
