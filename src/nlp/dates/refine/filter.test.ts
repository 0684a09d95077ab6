import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

test('filter: month names used as words are not dates', () => {
  const cases = [
    'He may go to Moscow.',
    'May God bless Cuba.',
    'Protesters march on the capital.',
    'They marched to the square.',
    'Theresa May resigned.',
    'June Carter sang.',
    'The March for Our Lives drew crowds.',
    'The Sun reported it.',
    'It is happening now.',
    'Supporters at the rally in Sat Nam chanted.',
  ];
  for (const text of cases) assert.deepEqual(datesIn(text), [], text);
});

test('filter: month names that are dates are kept', () => {
  const cases: Array<[string, string]> = [
    ['In May Putin visited Minsk.', 'May=2023-05'],
    ['It happened in March.', 'March=2023-03'],
    ['Talks began in late June.', 'June=2023-06'],
  ];
  for (const [text, want] of cases) assert.deepEqual(datesIn(text).map((d) => `${d.text}=${d.when}`), [want], text);
});
