import { isoYear } from '../calendar.js';
import type { DateCandidate, DateRule } from '../candidate.js';
import { matchAll } from './match-all.js';

/*
 * Decades become an ISO interval of years, "the 1990s" → "1990/1999" (precision `decade`):
 * an interval is plain ISO 8601, where "199X" would need the EDTF extension. A two-digit decade
 * ("the '90s") takes the latest century that puts it on or before the report year.
 */
const FULL = /\b(1\d{2}0|20\d0)'?s\b/g;
const SHORT = /(?:\bthe\s+(?:early\s+|mid\s+|mid-|late\s+)?)(['‘’]?(\d0)'?s)\b|(?<![\w'‘’])(['‘’](\d0)s)\b/dgi;

function decade(start: number, end: number, first: number, stated: string[], inferred: string[]): DateCandidate {
  return {
    start,
    end,
    rule: 'decade',
    stated,
    priority: 1,
    resolve: () => ({ when: `${isoYear(first)}/${isoYear(first + 9)}`, precision: 'decade', stated, inferred }),
  };
}

/** Rule `decade`: "the 1990s", "1960s", "the '90s", "the 80s". */
export function createDecadeRule(): DateRule {
  return {
    id: 'decade',
    cues: ['digit'],
    find(text: string, offset: number): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const m of matchAll(FULL, text)) {
        out.push(decade(offset + m.index, offset + m.index + m[0].length, Number(m[1]), ['decade'], []));
      }
      for (const m of matchAll(SHORT, text)) {
        const group = m[1] !== undefined ? 1 : 3;
        const two = Number(m[group + 1]);
        const [start, end] = m.indices![group].map((i) => offset + i);
        const c = decade(start, end, 0, ['decade'], ['century']);
        out.push({
          ...c,
          resolve: (ctx) => {
            const refYear = ctx.ref?.year;
            if (refYear === undefined) return null;
            let first = Math.floor(refYear / 100) * 100 + two;
            if (first > refYear) first -= 100;
            return { when: `${isoYear(first)}/${isoYear(first + 9)}`, precision: 'decade', stated: ['decade'], inferred: ['century'] };
          },
        });
      }
      return out;
    },
  };
}
