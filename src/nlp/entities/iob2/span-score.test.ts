import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prf, scoreSpans, type PrfCounts } from './span-score.js';

test('scoreSpans counts exact matches only', () => {
  const acc = new Map<string, PrfCounts>();
  scoreSpans(
    [{ start: 0, end: 2, type: 'PER' }, { start: 5, end: 6, type: 'LOC' }, { start: 8, end: 9, type: 'MISC' }],
    [{ start: 0, end: 2, type: 'PER' }, { start: 5, end: 7, type: 'LOC' }, { start: 8, end: 9, type: 'ORG' }],
    ['PER', 'ORG', 'LOC'],
    acc,
  );
  assert.deepEqual(acc.get('PER'), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(acc.get('LOC'), { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(acc.get('ORG'), { tp: 0, fp: 1, fn: 0 }); // gold MISC is ignored, predicted ORG is wrong
  assert.deepEqual(acc.get('ALL'), { tp: 1, fp: 2, fn: 1 });
});

test('prf', () => {
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { p: 0, r: 0, f1: 0 });
  const r = prf({ tp: 1, fp: 1, fn: 0 });
  assert.equal(r.p, 50);
  assert.equal(r.r, 100);
});
