import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLooseDate } from './loose-date.js';

test('parseLooseDate: the calendar date as written, in its own time zone', () => {
  const cases: [string | null, string | null][] = [
    ['2023-09-05', '2023-09-05'],
    ['2023-09-05T23:30:00-05:00', '2023-09-05'],
    ['2023-09-05 10:00', '2023-09-05'],
    ['20230905', '2023-09-05'],
    ['20230905T101500Z', '2023-09-05'],
    ['Tue, 05 Sep 2023 23:30:00 -0500', '2023-09-05'],
    ['05 Sep 2023 10:00:00 GMT', '2023-09-05'],
    ['Tue, 5 Sept 2023 10:00 GMT', '2023-09-05'],
    ['Tue, 05 Sep 23 10:00:00 GMT', '2023-09-05'],
    ['5 September 2023', '2023-09-05'],
    ['September 5, 2023', '2023-09-05'],
    ['Sep 5th 2023', '2023-09-05'],
    // Negative cases: not dates, impossible dates, ambiguous numeric forms.
    ['2023-02-30', null],
    ['Tue, 31 Feb 2023 10:00:00 GMT', null],
    ['05/09/2023', null],
    ['yesterday', null],
    ['5 Smarch 2023', null],
    ['2023-9-5', null],
    ['', null],
    [null, null],
  ];
  for (const [input, want] of cases) assert.equal(parseLooseDate(input), want, String(input));
});
