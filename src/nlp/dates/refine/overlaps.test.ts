import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateCandidate } from '../candidate.js';
import { resolveOverlaps } from './overlaps.js';

function c(start: number, end: number, rule: string, priority: number): DateCandidate {
  return { start, end, rule, priority, stated: [], resolve: () => null };
}

test('overlaps: longest wins, then own rules over chrono, then the earlier start', () => {
  const cases: Array<[DateCandidate[], string[]]> = [
    [[c(5, 11, 'chrono', 0), c(0, 11, 'month-modifier', 1)], ['0-11 month-modifier']],
    [[c(0, 11, 'chrono', 0), c(0, 11, 'weekday', 1)], ['0-11 weekday']],
    [[c(0, 14, 'chrono', 0), c(10, 14, 'bare-year', 1)], ['0-14 chrono']],
    [[c(0, 4, 'bare-year', 1), c(10, 14, 'bare-year', 1)], ['0-4 bare-year', '10-14 bare-year']],
    [[c(0, 6, 'a', 0), c(3, 9, 'b', 0)], ['0-6 a']],
  ];
  for (const [input, want] of cases) {
    assert.deepEqual(resolveOverlaps(input).map((k) => `${k.start}-${k.end} ${k.rule}`), want);
  }
});
