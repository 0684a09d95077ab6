import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, isoDay, isoWeek, parseCalendarDate, quarterInterval, weekdayOf } from './calendar.js';

test('isoWeek: ISO 8601 week numbers, including year boundaries', () => {
  const cases: Array<[string, string]> = [
    ['2023-09-05', '2023-W36'],
    ['2023-01-01', '2022-W52'],
    ['2020-12-31', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ];
  for (const [day, week] of cases) assert.equal(isoWeek(parseCalendarDate(day)!), week, day);
});

test('weekdayOf and addDays', () => {
  const ref = parseCalendarDate('2023-09-05')!;
  assert.equal(weekdayOf(ref), 2);
  assert.equal(isoDay(addDays(ref, -5)), '2023-08-31');
  assert.equal(isoDay(addDays({ year: 2024, month: 2, day: 28 }, 1)), '2024-02-29');
});

test('quarterInterval and parseCalendarDate', () => {
  assert.equal(quarterInterval(2023, 3), '2023-07/2023-09');
  assert.equal(parseCalendarDate('2023-02-30'), null);
  assert.equal(parseCalendarDate(null), null);
  assert.equal(isoDay({ year: 347, month: 9, day: 30 }), '0347-09-30');
});
