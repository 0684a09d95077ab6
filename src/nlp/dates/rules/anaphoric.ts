import { isoMonth, isoYear } from '../calendar.js';
import type { Anchor, DateCandidate, DateRule, Resolution } from '../candidate.js';
import { NUMBER_WORDS } from '../lexicon.js';
import { matchAll } from './match-all.js';

/*
 * Expressions counted from a date stated earlier in the text, not from the report date:
 * "that year", "the same year", "later that month", "the following year", "the year before",
 * "two years later", "a month earlier". They resolve against the narrative anchor (anchor.ts);
 * with no earlier stated date they are not emitted (an info diagnostic instead), because the
 * report date would give a confident wrong value.
 */
const SAME = /\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same)\s+(year|month|season)\b/gi;
const NEXT = /\bthe\s+(?:(following|next|previous|preceding)\s+(year|month|season)|(year|month)\s+(before|after))\b/gi;
const COUNT = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,3})\\s+(years?|months?)\\s+(later|earlier|afterwards?|before(?=\\s*[,.;)]|$)|after(?=\\s*[,.;)]|$))`, 'gi');

type Unit = 'year' | 'month';

/** Shift the anchor by `n` units; null when a month is asked of an anchor that has none. */
export function shiftAnchor(anchor: Anchor, unit: Unit, n: number): Resolution | null {
  if (unit === 'year') return { when: isoYear(anchor.year + n), precision: 'year', stated: ['offset'], inferred: ['year'] };
  if (anchor.month === null) return null;
  const index = anchor.year * 12 + (anchor.month - 1) + n;
  return { when: isoMonth(Math.floor(index / 12), (index % 12) + 1), precision: 'month', stated: ['offset'], inferred: ['year', 'month'] };
}

function candidate(start: number, end: number, unit: Unit, n: number): DateCandidate {
  return {
    start,
    end,
    rule: 'anaphoric',
    stated: ['offset'],
    priority: 1,
    resolve: (ctx) => (ctx.anchor ? shiftAnchor(ctx.anchor, unit, n) : null),
  };
}

const unitOf = (w: string): Unit => (/^month/i.test(w) ? 'month' : 'year');

/** Rule `anaphoric`: time counted from the narrative anchor. */
export function createAnaphoricRule(): DateRule {
  return {
    id: 'anaphoric',
    cues: ['period'],
    find(text: string, offset: number): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const m of matchAll(SAME, text)) out.push(candidate(offset + m.index, offset + m.index + m[0].length, unitOf(m[1]), 0));
      for (const m of matchAll(NEXT, text)) {
        const forward = /^(following|next|after)$/i.test(m[1] ?? m[4]);
        out.push(candidate(offset + m.index, offset + m.index + m[0].length, unitOf(m[2] ?? m[3]), forward ? 1 : -1));
      }
      for (const m of matchAll(COUNT, text)) {
        const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
        const sign = /^(later|afterwards?|after)$/i.test(m[3]) ? 1 : -1;
        out.push(candidate(offset + m.index, offset + m.index + m[0].length, unitOf(m[2]), sign * n));
      }
      return out;
    },
  };
}
