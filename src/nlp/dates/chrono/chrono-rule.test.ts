import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

// Reference 2023-09-05.
test('chrono: absolute and relative expressions, with the news bias', () => {
  const cases: Array<[string, string[]]> = [
    ['The talks in September 2013 failed.', ['September 2013=2013-09']],
    ['He was born on 17 March 1782.', ['17 March 1782=1782-03-17']],
    ['It was signed on September 20, 2018.', ['September 20, 2018=2018-09-20']],
    ['They marched in March.', ['March=2023-03']],
    ['It was launched in October.', ['October=2022-10']],
    ['The strike began on August 30.', ['August 30=2023-08-30']],
    ['The vote was held on November 20.', ['November 20=2022-11-20']],
    ['Last year prices rose.', ['Last year=2022']],
    ['He visited two years ago.', ['two years ago=2021']],
    ['It was announced yesterday.', ['yesterday=2023-09-04']],
    ['It happened last week.', ['last week=2023-W35']],
    ['They will decide next month.', ['next month=2023-10']],
    ['Earlier this month the army moved.', ['this month=2023-09']],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(datesIn(text).map((d) => `${d.text}=${d.when}`), want, text);
  }
});

test('chrono: stated vs inferred parts', () => {
  const [full] = datesIn('on 17 March 1782');
  assert.deepEqual([full.stated, full.inferred, full.precision], [['year', 'month', 'day'], [], 'day']);
  const [partial] = datesIn('on August 30');
  assert.deepEqual([partial.stated, partial.inferred], [['month', 'day'], ['year']]);
});

test('chrono: absolute dates survive a missing report date; relative ones do not', () => {
  assert.deepEqual(datesIn('on 17 March 1782 and yesterday', null).map((d) => d.when), ['1782-03-17']);
});

test('chrono: a range becomes two expressions, the start borrowing the end year', () => {
  assert.deepEqual(datesIn('He lived (8 February 1700 – 17 March 1782) in Basel.').map((d) => `${d.text}=${d.when}`), [
    '8 February 1700=1700-02-08',
    '17 March 1782=1782-03-17',
  ]);
  const [start, end] = datesIn('The survey ran from March to August 2011.');
  assert.deepEqual([start.text, start.when, start.inferred, end.when], ['March', '2011-03', ['year'], '2011-08']);
});

test('chrono: a time of day does not swallow the date', () => {
  assert.deepEqual(datesIn('Early in the morning of 30 May 1832, he was shot.').map((d) => d.when), ['1832-05-30']);
});

test('chrono: anaphoric offsets are not resolved against the report date', () => {
  assert.deepEqual(datesIn('Two years later he moved to Paris.'), []);
});
