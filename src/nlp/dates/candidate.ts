import type { DatePrecision } from '../../model/annotations.js';
import type { CalendarDate } from './calendar.js';

/** What a rule needs to turn a matched expression into a value. */
export interface ResolveContext {
  /** The report's date; null when the report has none. */
  ref: CalendarDate | null;
  /** True when the clause speaks of the future ("will meet on Friday"): bias flips forward. */
  future: boolean;
}

/** A resolved time expression, before it gets an id. */
export interface Resolution {
  when: string;
  precision: DatePrecision;
  /** Parts read from the text: year, month, day, weekday, quarter, decade, offset, ... */
  stated: string[];
  /** Parts computed from the report date. */
  inferred: string[];
}

/** A time expression a rule found; resolved later, once overlaps are settled. */
export interface DateCandidate {
  /** Offsets into the report text. */
  start: number;
  end: number;
  rule: string;
  /** Parts the text states, used by the filters (e.g. a lone month name). */
  stated: string[];
  /** Own rules outrank chrono at equal length: they encode the fixes for news. */
  priority: number;
  /** Null when the expression needs a report date and there is none. */
  resolve(ctx: ResolveContext): Resolution | null;
}

/**
 * A rule: finds candidates in one sentence (`text` is the sentence, `offset` its start in the
 * report). Most rules ignore `ref`; chrono needs it to compute relative expressions.
 */
export interface DateRule {
  id: string;
  find(text: string, offset: number, ref: CalendarDate | null): DateCandidate[];
}
