import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateExpr } from '../src/model/annotations.js';
import { rates, scoreGoldDate, tallyOutcome, type DateTally, type GoldDate } from './dates-score.js';

const gold: GoldDate = { doc: 'd', genre: 'news', docDate: '2015-05-18', sentence: 'It rained on Friday.', start: 12, end: 18, surface: 'Friday', when: '2015-05-15' };
const ours = (start: number, end: number, when: string): DateExpr => ({ id: 'd1', start, end, text: '', when, precision: 'day', stated: [], inferred: [], rule: 'x' });

test('scoreGoldDate: exact needs overlap and an equal value', () => {
  const cases: Array<[DateExpr[], string]> = [
    [[ours(12, 18, '2015-05-15')], 'exact'],
    [[ours(9, 18, '2015-05-15')], 'exact'],
    [[ours(12, 18, '2015-05-22')], 'wrong'],
    [[ours(0, 2, '2015-05-15')], 'missed'],
    [[], 'missed'],
  ];
  for (const [list, kind] of cases) assert.equal(scoreGoldDate(gold, list).kind, kind);
});

test('rates: accuracy and coverage', () => {
  const t: DateTally = { gold: 0, found: 0, exact: 0 };
  tallyOutcome(t, { kind: 'exact', ours: 'x' });
  tallyOutcome(t, { kind: 'wrong', ours: 'y' });
  tallyOutcome(t, { kind: 'missed', ours: null });
  tallyOutcome(t, { kind: 'exact', ours: 'x' });
  assert.deepEqual(rates(t), { accuracy: 0.5, coverage: 0.75 });
});
