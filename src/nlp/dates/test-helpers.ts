import type { DateExpr } from '../../model/annotations.js';
import { createDoc } from '../create-doc.js';
import { createDateRules, findDates } from './find-dates.js';

/** The fixed reference date of the dates tests: Tuesday 5 September 2023. */
export const REF = '2023-09-05';

const rules = createDateRules();

/** Run the dates rules over one text with a report date (tests only). */
export function datesIn(text: string, date: string | null = REF): DateExpr[] {
  return findDates(createDoc({ id: 't', date, sources: [], text }), rules);
}

/** `surface=when` pairs, the shape the case tables compare. */
export function pairs(text: string, date: string | null = REF): string[] {
  return datesIn(text, date).map((d) => `${d.text}=${d.when}`);
}
