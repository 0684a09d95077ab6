import type { DateCandidate, DateRule } from '../candidate.js';
import { matchAll } from './match-all.js';

/*
 * Days that news copy names by a short label. chrono reads "9/11" as 11 September of the report's
 * year; as a name it is one fixed day. The table is deliberately tiny: only labels that are
 * unambiguous in English-language news.
 */
const NAMED: Array<[RegExp, string]> = [
  [/(?<![\d/])9\/11(?![\d/])/g, '2001-09-11'],
  [/\bD-Day\b/g, '1944-06-06'],
  [/\bV-E Day\b/g, '1945-05-08'],
];

/** Rule `named-date`: "9/11", "D-Day". */
export function createNamedDateRule(): DateRule {
  return {
    id: 'named-date',
    cues: ['digit', 'day'],
    find(text: string, offset: number): DateCandidate[] {
      const out: DateCandidate[] = [];
      for (const [re, when] of NAMED) {
        for (const m of matchAll(re, text)) {
          out.push({
            start: offset + m.index,
            end: offset + m.index + m[0].length,
            rule: 'named-date',
            stated: ['name'],
            priority: 1,
            resolve: () => ({ when, precision: 'day', stated: ['name'], inferred: [] }),
          });
        }
      }
      return out;
    },
  };
}
