/**
 * Calendar arithmetic on plain year/month/day triples. Everything is proleptic Gregorian in UTC so
 * that a report's date never shifts with the machine's time zone.
 */

/** A calendar day; month 1–12, day 1–31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Zero-pad a number to `width` digits (years keep a leading minus sign). */
export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** `YYYY-MM-DD`. */
export function isoDay(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM`. */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `YYYY`. */
export function isoYear(year: number): string {
  return pad(year, 4);
}

function toUtc(d: CalendarDate): Date {
  const t = new Date(Date.UTC(2000, d.month - 1, d.day));
  t.setUTCFullYear(d.year);
  return t;
}

function fromUtc(t: Date): CalendarDate {
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: CalendarDate): number {
  return toUtc(d).getUTCDay();
}

/** The date `n` days after `d` (negative `n` goes back). */
export function addDays(d: CalendarDate, n: number): CalendarDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return fromUtc(new Date(Date.UTC(year, month, 0))).day;
}

/** True when year/month/day name a real day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO 8601 week of a day, `YYYY-Www` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(d: CalendarDate): string {
  const dow = (weekdayOf(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - dow);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
  return `${pad(thursday.year, 4)}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

/** ISO interval of a quarter as months: `2023-07/2023-09`. */
export function quarterInterval(year: number, quarter: number): string {
  const first = (quarter - 1) * 3 + 1;
  return `${isoMonth(year, first)}/${isoMonth(year, first + 2)}`;
}

/** Compare two days: negative when a is earlier. */
export function compareDays(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Parse `YYYY-MM-DD` (the report date); null when absent or malformed. */
export function parseCalendarDate(s: string | null | undefined): CalendarDate | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(d.year, d.month, d.day) ? d : null;
}
