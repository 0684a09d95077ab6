import { isoDay, isoMonth, isoYear } from '../calendar.js';
import type { DateCandidate, DateRule, FindContext } from '../candidate.js';
import { MONTH_NAME_PATTERN, monthNumber } from '../lexicon.js';
import { matchAll } from './match-all.js';

/*
 * Years below 1000 ("c. 347", "in 348", "30 September 420"). A three-digit number is usually a
 * count, so outside "c./circa" and "the year N" it is read as a year only when the text dates
 * things by era (FindContext.historical: "347 AD", "c. 314") and the number sits where years sit:
 * after a temporal preposition or a year range dash, not before a lower-case word ("in 348 cases").
 */
const CIRCA = /\b(?:c\.|ca\.|circa)\s?(\d{2,4})\b(?![.,]?\d|%)/gi;
/** A sentence splitter may cut after "c.": "born c. | 347 – 420". */
const CIRCA_CUT = /\b(?:c|ca)\.\s*$/i;
const LEADING_YEAR = /^(\d{2,4})\b(?![.,]?\d|%)/;
const THE_YEAR = /\bthe\s+year\s+(\d{1,4})\b(?![.,]?\d)/gi;
const AFTER_PREP = /\b(?:in|about|around|until|till|since|from|after|before|by|between|and|to)\s+(\d{3})\b(?![.,]?\d|%)/gi;
const RANGE_END = /(?<!\bp{1,2}\.\s?|\bpages?\s)\b\d{3}\s?[–—-]\s?(\d{3})\b(?![.,]?\d|%)/g;
/** A lifespan or reign "314 – 368"; not page ranges ("pp. 120-130"). */
const RANGE_START = /(?<!\bp{1,2}\.\s?|\bpages?\s)\b(\d{3})\s?[–—-]\s?\d{3}\b(?![.,]?\d|%)/g;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAME_PATTERN})\\s+(\\d{3})\\b(?![.,]?\\d)`, 'gi');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAME_PATTERN})\\s+(?:of\\s+)?(\\d{3})\\b(?![.,]?\\d)`, 'gi');

/** Era markers that make a text historical. */
export const HISTORICAL = /\b\d{1,4}\s?(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![A-Za-z])|\b(?:AD|A\.D\.)\s?\d{1,4}\b|\b(?:c\.|ca\.|circa)\s?\d{2,3}\b/;

/** True when the words after a number make it a count: "348 cases", "360 people". */
function countFollows(text: string, end: number): boolean {
  return /^\s+[a-z]/.test(text.slice(end, end + 3)) && !/^\s+(?:and|to|or|when|he|she|they|it|the|as|until|till)\b/.test(text.slice(end, end + 8));
}

function make(start: number, end: number, when: string, precision: 'year' | 'month' | 'day', stated: string[]): DateCandidate {
  return { start, end, rule: 'historical-year', stated, priority: 1, resolve: () => ({ when, precision, stated, inferred: [] }) };
}

/** Rule `historical-year`: years below 1000, and dates with them. */
export function createHistoricalYearRule(): DateRule {
  return {
    id: 'historical-year',
    cues: ['digit'],
    find(text: string, offset: number, _ref, ctx?: FindContext): DateCandidate[] {
      const out: DateCandidate[] = [];
      const year = (m: RegExpExecArray, group: number) => {
        const start = m.index + m[0].lastIndexOf(m[group]);
        const end = start + m[group].length;
        if (countFollows(text, end)) return;
        out.push(make(offset + start, offset + end, isoYear(Number(m[group])), 'year', ['year']));
      };
      for (const m of matchAll(CIRCA, text)) year(m, 1);
      for (const m of matchAll(THE_YEAR, text)) {
        if (!countFollows(text, m.index + m[0].length)) out.push(make(offset + m.index, offset + m.index + m[0].length, isoYear(Number(m[1])), 'year', ['year']));
      }
      const lead = LEADING_YEAR.exec(text);
      if (lead && CIRCA_CUT.test(ctx?.textBefore ?? '')) year(lead, 1);
      if (!ctx?.historical) return out;
      for (const m of matchAll(AFTER_PREP, text)) year(m, 1);
      for (const m of matchAll(RANGE_END, text)) year(m, 1);
      for (const m of matchAll(RANGE_START, text)) year(m, 1);
      for (const m of matchAll(DAY_MONTH_YEAR, text)) {
        const month = monthNumber(m[2])!;
        out.push(make(offset + m.index, offset + m.index + m[0].length, isoDay({ year: Number(m[3]), month, day: Number(m[1]) }), 'day', ['year', 'month', 'day']));
      }
      for (const m of matchAll(MONTH_YEAR, text)) {
        out.push(make(offset + m.index, offset + m.index + m[0].length, isoMonth(Number(m[2]), monthNumber(m[1])!), 'month', ['year', 'month']));
      }
      return out;
    },
  };
}
