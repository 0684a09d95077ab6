import { test } from 'node:test';
import assert from 'node:assert/strict';
import { followsAnchor, nextAnchor } from './anchor.js';
import { pairs } from './test-helpers.js';

test('anchorOf: only years the text states set the anchor', () => {
  const old = { year: 1700, month: null, day: null };
  assert.deepEqual(nextAnchor(old, { when: '1831-07-04', precision: 'day', stated: ['year', 'month', 'day'], inferred: [] }, 'chrono'), { year: 1831, month: 7, day: 4 });
  assert.deepEqual(nextAnchor(null, { when: '1920', precision: 'year', stated: ['year'], inferred: [] }, 'bare-year'), { year: 1920, month: null, day: null });
  assert.equal(nextAnchor(old, { when: '2023-05', precision: 'month', stated: ['month'], inferred: ['year'] }, 'chrono'), null);
  assert.equal(nextAnchor(old, { when: '1700-05', precision: 'month', stated: ['month'], inferred: ['year'], anchored: true }, 'chrono'), old);
  assert.equal(followsAnchor(null, 2023), false);
  assert.equal(followsAnchor({ year: 1832, month: null, day: null }, 2023, true), false);
  assert.equal(followsAnchor({ year: 2023, month: null, day: null }, 2023), false);
  assert.equal(followsAnchor({ year: 1832, month: null, day: null }, 2023), true);
});

test('yearless month-days follow a narrative set in another year', () => {
  const cases: Array<[string, string[]]> = [
    ['He was released on 29 April 1832. The duel took place on 30 May.', ['29 April 1832=1832-04-29', '30 May=1832-05-30']],
    ['He debuted in 2013. He was called up on July 6.', ['2013=2013', 'July 6=2013-07-06']],
    // The report's own year: the report date and its past bias decide.
    ['Sales rose in 2023. The vote was on August 30.', ['2023=2023', 'August 30=2023-08-30']],
    ['The vote was on August 30.', ['August 30=2023-08-30']],
    // A date resolved from the report brings the story back to the present.
    ['It started in 1990. This year it rained on Sunday (September 3).', ['1990=1990', 'This year=2023', 'Sunday=2023-09-03', 'September 3=2023-09-03']],
    // The future speaks from the report's present.
    ['It failed in 2014. The next vote is to be held on November 20.', ['2014=2014', 'November 20=2023-11-20']],
  ];
  for (const [text, want] of cases) assert.deepEqual(pairs(text), want, text);
});
