import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDurationMs } from './watch-duration.js';

test('parseDurationMs: units, bare seconds, and what is refused', () => {
  const cases: [string, number | null][] = [
    ['15m', 900_000], ['30s', 30_000], ['1h', 3_600_000], ['1.5h', 5_400_000], ['500ms', 500], ['2d', 172_800_000], ['90', 90_000], [' 5 M ', 300_000],
    ['0m', null], ['-5m', null], ['15 minutes', null], ['m', null], ['', null], ['1e3s', null],
  ];
  for (const [input, want] of cases) assert.equal(parseDurationMs(input), want, input);
});
