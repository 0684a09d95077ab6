import { isIsoDate } from './dates.js';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1-12 for a month name or its abbreviation of three or more letters ("Sep", "Sept"), else 0. */
function monthNumber(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  return MONTH_NAMES.findIndex((name) => name.startsWith(w)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  const s = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isIsoDate(s) ? s : null;
}

/**
 * The calendar date of a publication timestamp as written, in its own time zone (a report
 * dated "Tue, 05 Sep 2023 23:30 -0500" is a 5 September report, though it is the 6th in UTC).
 * Accepts ISO 8601 (`2023-09-05`, `2023-09-05T10:00:00+02:00`, `20230905`), RFC 822/1123
 * (`Tue, 05 Sep 2023 10:00:00 GMT`, as in RSS) and `5 September 2023` / `September 5, 2023`.
 * Returns null for anything else.
 */
export function parseLooseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s]\d{1,2}:\d{2})/.exec(v);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T\d{2})/.exec(v);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  // RFC 822: optional weekday, day, month name, 2- or 4-digit year.
  m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4}|\d{2})\b/.exec(v);
  if (m) {
    const month = monthNumber(m[2]);
    if (!month) return null;
    const y = m[3].length === 2 ? 2000 + +m[3] - (+m[3] > 69 ? 100 : 0) : +m[3];
    return ymd(y, month, +m[1]);
  }
  m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(v);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? ymd(+m[3], month, +m[2]) : null;
  }
  return null;
}
