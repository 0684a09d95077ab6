import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

test('named-date: fixed days named by a label', () => {
  const cases: Array<[string, string[]]> = [
    ['Security changed after 9/11.', ['9/11=2001-09-11']],
    ['9/11-related lawsuits', ['9/11=2001-09-11']],
    ['the D-Day landings', ['D-Day=1944-06-06']],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(datesIn(text).filter((d) => d.rule === 'named-date').map((d) => `${d.text}=${d.when}`), want, text);
  }
});

test('named-date: not a named day', () => {
  for (const text of ['Ratio 19/11 was reported.', 'Room 9/115 is closed.', 'He scored 9/110.']) {
    assert.deepEqual(datesIn(text).filter((d) => d.rule === 'named-date'), [], text);
  }
});
