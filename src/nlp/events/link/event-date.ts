import type { DateExpr, EventRecord } from '../../../model/annotations.js';

/**
 * The date of an event: the date expression of its sentence nearest to the trigger, preferring
 * one before the next clause break; otherwise the report date, marked inferred (null when the
 * report has no date).
 */
export function eventDate(dates: DateExpr[], sentence: { start: number; end: number }, triggerStart: number, reportDate: string | null): EventRecord['date'] {
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (inSentence.length > 0) {
    const nearest = inSentence.reduce((a, b) => (Math.abs(a.start - triggerStart) <= Math.abs(b.start - triggerStart) ? a : b));
    return { when: nearest.when, precision: nearest.precision, dateId: nearest.id, inferred: false };
  }
  return { when: reportDate, precision: reportDate ? 'day' : null, dateId: null, inferred: true };
}
