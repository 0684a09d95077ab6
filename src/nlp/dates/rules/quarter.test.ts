import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

// Reference 2023-09-05: the report's quarter is Q3 2023.
test('quarter: quarters as month intervals', () => {
  const cases: Array<[string, string[]]> = [
    ['Profits fell in the third quarter.', ['third quarter=2023-07/2023-09']],
    ['Q3 2023 sales were weak.', ['Q3 2023=2023-07/2023-09']],
    ['fourth-quarter earnings', ['fourth-quarter=2022-10/2022-12']],
    ['in the first quarter of 2021', ['first quarter of 2021=2021-01/2021-03']],
    ['the second quarter of last year', ['second quarter of last year=2022-04/2022-06']],
    ['Sales grew last quarter.', ['last quarter=2023-04/2023-06']],
    ['Sales will grow next quarter.', ['next quarter=2023-10/2023-12']],
    ["Q1'24 guidance", ["Q1'24=2024-01/2024-03"]],
  ];
  for (const [text, want] of cases) {
    const got = datesIn(text).filter((d) => d.rule === 'quarter');
    assert.deepEqual(got.map((d) => `${d.text}=${d.when}`), want, text);
    for (const d of got) assert.equal(d.precision, 'quarter');
  }
});

test('quarter: not quarters', () => {
  for (const text of ['A quarter of the population voted.', 'the French Quarter', 'He won by a quarter point.', 'Q&A session']) {
    assert.deepEqual(datesIn(text).filter((d) => d.rule === 'quarter'), [], text);
  }
});
