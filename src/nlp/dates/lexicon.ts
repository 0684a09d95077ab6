/** Month and weekday names, with the abbreviations news copy uses. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Full month names only: abbreviations alone ("Mar", "Dec") are too ambiguous for a rule to start on. */
export const MONTH_NAME_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/** 0 = Sunday, as Date.getUTCDay(). */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const WEEKDAY_NAME_PATTERN = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';

/** Ordinal and numeric quarter names. */
export const QUARTER_WORDS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

/** Number words for "two years ago"-style offsets. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100,
};

/** Parse a month name (any case, full or abbreviated); undefined when not one. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Parse a weekday name; undefined when not one. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase()];
}
