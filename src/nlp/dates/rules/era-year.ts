import { pad } from '../calendar.js';
import type { DateCandidate, DateRule } from '../candidate.js';
import { matchAll } from './match-all.js';

/*
 * Years with an era marker: "347 AD", "AD 347", "3000 BC". BC years are written with a minus sign
 * and their historical number ("3000 BC" → -3000), the convention of TimeML-style gold data,
 * not ISO's astronomical numbering (which would give -2999).
 */
const AFTER = /\b(\d{1,4})\s?(BCE|BC|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])/g;
const BEFORE = /\b(AD|A\.D\.)\s?(\d{1,4})\b/g;

function candidate(start: number, end: number, year: number, bc: boolean): DateCandidate {
  const when = bc ? `-${pad(year, 4)}` : pad(year, 4);
  return {
    start,
    end,
    rule: 'era-year',
    stated: ['year', 'era'],
    priority: 1,
    resolve: () => ({ when, precision: 'year', stated: ['year', 'era'], inferred: [] }),
  };
}

/** Rule `era-year`: a year with AD/BC/CE/BCE. */
export function createEraYearRule(): DateRule {
  return {
    id: 'era-year',
    cues: ['digit'],
    find(text: string, offset: number): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const m of matchAll(AFTER, text)) {
        const year = Number(m[1]);
        if (year === 0) continue;
        out.push(candidate(offset + m.index, offset + m.index + m[0].length, year, /^B/i.test(m[2])));
      }
      for (const m of matchAll(BEFORE, text)) {
        const year = Number(m[2]);
        if (year === 0) continue;
        out.push(candidate(offset + m.index, offset + m.index + m[0].length, year, false));
      }
      return out;
    },
  };
}
