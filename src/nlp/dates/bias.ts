import { addDays, weekdayOf, type CalendarDate } from './calendar.js';

/**
 * Where an expression without a year (or a lone weekday) falls relative to the report date.
 * News reports mostly tell what already happened, so the default is the latest occurrence on or
 * before the report date; a future-tense clause flips it to the first occurrence on or after.
 * `last` and `next` exclude the report's own month/day/quarter; `this` stays in the report's year
 * (or, for weekdays, the report's week).
 */
export type Relation = 'nearest-past' | 'nearest-future' | 'last' | 'this' | 'next';

/** The relation for a bare expression in a clause of the given tense. */
export function bareRelation(future: boolean): Relation {
  return future ? 'nearest-future' : 'nearest-past';
}

/** Year of a month (1–12) relative to the report date. */
export function yearOfMonth(ref: CalendarDate, month: number, rel: Relation): number {
  switch (rel) {
    case 'nearest-past':
      return month <= ref.month ? ref.year : ref.year - 1;
    case 'nearest-future':
      return month >= ref.month ? ref.year : ref.year + 1;
    case 'last':
      return month < ref.month ? ref.year : ref.year - 1;
    case 'next':
      return month > ref.month ? ref.year : ref.year + 1;
    case 'this':
      return ref.year;
  }
}

/** Year of a quarter (1–4) relative to the report date; same rule as months, on quarters. */
export function yearOfQuarter(ref: CalendarDate, quarter: number, rel: Relation): number {
  const refQuarter = Math.floor((ref.month - 1) / 3) + 1;
  return yearOfMonth({ year: ref.year, month: refQuarter, day: 1 }, quarter, rel);
}

/** Year of a month-day ("September 14") relative to the report date. */
export function yearOfMonthDay(ref: CalendarDate, month: number, day: number, rel: Relation): number {
  const key = month * 100 + day;
  const refKey = ref.month * 100 + ref.day;
  switch (rel) {
    case 'nearest-past':
      return key <= refKey ? ref.year : ref.year - 1;
    case 'nearest-future':
      return key >= refKey ? ref.year : ref.year + 1;
    case 'last':
      return key < refKey ? ref.year : ref.year - 1;
    case 'next':
      return key > refKey ? ref.year : ref.year + 1;
    case 'this':
      return ref.year;
  }
}

/**
 * The day a weekday (0 = Sunday) names. "On Friday" in a report means the latest Friday on or
 * before the report date; "last Friday" the latest strictly before; "next Friday" the first
 * strictly after; "this Friday" the one in the report's Monday-to-Sunday week.
 */
export function dayOfWeekday(ref: CalendarDate, weekday: number, rel: Relation): CalendarDate {
  const refDow = weekdayOf(ref);
  switch (rel) {
    case 'nearest-past':
      return addDays(ref, -((refDow - weekday + 7) % 7));
    case 'last':
      return addDays(ref, -((refDow - weekday + 7) % 7 || 7));
    case 'nearest-future':
      return addDays(ref, (weekday - refDow + 7) % 7);
    case 'next':
      return addDays(ref, (weekday - refDow + 7) % 7 || 7);
    case 'this': {
      const monday = (d: number) => (d + 6) % 7;
      return addDays(ref, monday(weekday) - monday(refDow));
    }
  }
}
