import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseDuration } from './worker-duration.js';

it('parses lease durations', () => {
  const cases: [string, number | null][] = [
    ['30s', 30_000], ['5m', 300_000], ['1.5h', 5_400_000], ['250ms', 250], ['45', 45_000], [' 2m ', 120_000],
    ['', null], ['0s', null], ['-5s', null], ['5 minutes', null], ['5d', null], ['s', null], ['1e3s', null], ['5m30s', null],
  ];
  for (const [text, ms] of cases) assert.equal(parseDuration(text), ms, JSON.stringify(text));
});
