import { isoYear } from '../calendar.js';
import type { DateCandidate, DateRule } from '../candidate.js';
import { NUMBER_WORDS } from '../lexicon.js';
import { matchAll } from './match-all.js';

/*
 * "Seventeen years ago": counted back from the report date. chrono reads digits and the small
 * number words but not "seventeen", "forty"...; this rule covers every number word we know.
 */
const AGO = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,3})\\s+years?\\s+ago\\b`, 'gi');

/** Rule `years-ago`: N years before the report's year. */
export function createYearsAgoRule(): DateRule {
  return {
    id: 'years-ago',
    cues: ['period'],
    find(text: string, offset: number): DateCandidate[] {
      return matchAll(AGO, text).map((m) => {
        const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
        return {
          start: offset + m.index,
          end: offset + m.index + m[0].length,
          rule: 'years-ago',
          stated: ['offset'],
          priority: 1,
          resolve: (ctx) => (ctx.ref ? { when: isoYear(ctx.ref.year - n), precision: 'year', stated: ['offset'], inferred: ['year'] } : null),
        };
      });
    },
  };
}
