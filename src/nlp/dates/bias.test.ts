import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOfWeekday, yearOfMonth, yearOfMonthDay, yearOfQuarter, type Relation } from './bias.js';
import { isoDay, parseCalendarDate } from './calendar.js';

// 2023-09-05 is a Tuesday.
const ref = parseCalendarDate('2023-09-05')!;

test('yearOfMonth: past bias and last/this/next', () => {
  const cases: Array<[number, Relation, number]> = [
    [8, 'nearest-past', 2023],
    [9, 'nearest-past', 2023],
    [10, 'nearest-past', 2022],
    [8, 'last', 2023],
    [9, 'last', 2022],
    [10, 'last', 2022],
    [3, 'this', 2023],
    [10, 'next', 2023],
    [9, 'next', 2024],
    [3, 'nearest-future', 2024],
  ];
  for (const [month, rel, year] of cases) assert.equal(yearOfMonth(ref, month, rel), year, `${rel} ${month}`);
});

test('yearOfMonthDay and yearOfQuarter', () => {
  assert.equal(yearOfMonthDay(ref, 9, 5, 'nearest-past'), 2023);
  assert.equal(yearOfMonthDay(ref, 9, 6, 'nearest-past'), 2022);
  assert.equal(yearOfMonthDay(ref, 9, 6, 'nearest-future'), 2023);
  assert.equal(yearOfQuarter(ref, 3, 'nearest-past'), 2023);
  assert.equal(yearOfQuarter(ref, 4, 'nearest-past'), 2022);
});

test('dayOfWeekday: Friday before a Tuesday report', () => {
  const cases: Array<[number, Relation, string]> = [
    [5, 'nearest-past', '2023-09-01'],
    [2, 'nearest-past', '2023-09-05'],
    [2, 'last', '2023-08-29'],
    [5, 'last', '2023-09-01'],
    [5, 'nearest-future', '2023-09-08'],
    [2, 'next', '2023-09-12'],
    [1, 'this', '2023-09-04'],
    [0, 'this', '2023-09-10'],
  ];
  for (const [wd, rel, day] of cases) assert.equal(isoDay(dayOfWeekday(ref, wd, rel)), day, `${rel} ${wd}`);
});
