import type { DatePrecision } from '../../model/annotations.js';
import type { CalendarDate } from './calendar.js';
import type { DateCue } from './cues.js';

/** What a rule needs to turn a matched expression into a value. */
export interface ResolveContext {
  /** The report's date; null when the report has none. */
  ref: CalendarDate | null;
  /** True when the clause speaks of the future ("will meet on Friday"): bias flips forward. */
  future: boolean;
  /**
   * The narrative time: the latest date with a stated year earlier in the text ("In 1831 ...").
   * "That year", "two years later" count from it; a month-day without a year takes its year when
   * the text has moved away from the report's year (see docs/decisions/004-dates-and-events.md).
   */
  anchor?: Anchor | null;
  /** True when the clause is in the habitual present ("the monsoon occurs in July"). */
  habitual?: boolean;
}

/** A date stated earlier in the text, to the precision it was stated. */
export interface Anchor {
  year: number;
  month: number | null;
  day: number | null;
}

/** What a rule may know about the whole text. */
export interface FindContext {
  /** True when the text dates things by era ("347 AD", "c. 314"): three-digit numbers may be years. */
  historical: boolean;
  /** A few characters of text before the sentence, for expressions a sentence split cut ("c. | 347"). */
  textBefore?: string;
  /** The whole report text, for rules that parse it once rather than sentence by sentence (chrono). */
  fullText?: string;
}

/** A resolved time expression, before it gets an id. */
export interface Resolution {
  when: string;
  precision: DatePrecision;
  /** Parts read from the text: year, month, day, weekday, quarter, decade, offset, ... */
  stated: string[];
  /** Parts computed from the report date (or from the narrative anchor). */
  inferred: string[];
  /** True when the year came from the narrative anchor rather than from the report date. */
  anchored?: boolean;
  /** A recurring, yearless value (`--07`, `--09-30`) for habitual clauses; see DateExpr.partial. */
  partial?: string;
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
  /** Cues the rule cannot match without (any one suffices); a rule without cues runs on every sentence. */
  cues?: readonly DateCue[];
  find(text: string, offset: number, ref: CalendarDate | null, ctx?: FindContext): DateCandidate[];
}
