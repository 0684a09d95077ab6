import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

// Reference 2023-09-05.
test('month-modifier: last/this/next before a month, this/last/next year after', () => {
  const cases: Array<[string, string[], string?]> = [
    ['Last August, Putin ordered more troops.', ['Last August=2023-08']],
    ['He resigned last September.', ['last September=2022-09']],
    ['They met last October.', ['last October=2022-10']],
    ['The vote is this November.', ['this November=2023-11']],
    ['The vote was this March.', ['this March=2023-03']],
    ['Talks resume next May.', ['next May=2024-05']],
    ['Talks resume next October.', ['next October=2023-10']],
    ['Sales in March this year', ['March this year=2023-03']],
    ['It opened in June last year.', ['June last year=2022-06']],
    ['due in January of next year', ['January of next year=2024-01']],
    ['Last August, he left.', ['Last August=2022-08'], '2023-08-20'],
  ];
  for (const [text, want, date] of cases) {
    const got = datesIn(text, date).filter((d) => d.rule === 'month-modifier');
    assert.deepEqual(got.map((d) => `${d.text}=${d.when}`), want, text);
    for (const d of got) assert.deepEqual(d.inferred, ['year']);
  }
});

test('month-modifier: not a month', () => {
  const cases = ['The last march was peaceful.', 'This may be wrong.', 'next march on the capital', 'last August 21 he left'];
  for (const text of cases) {
    assert.deepEqual(datesIn(text).filter((d) => d.rule === 'month-modifier'), [], text);
  }
});
