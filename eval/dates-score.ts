import type { DateExpr } from '../src/model/annotations.js';

/** One gold date of dates-dev.jsonl (GUM's normalised `<date when>`). */
export interface GoldDate {
  doc: string;
  genre: string;
  docDate: string | null;
  sentence: string;
  start: number;
  end: number;
  surface: string;
  when: string;
}

/** Counts for one slice of the gold (all, or one genre). */
export interface DateTally {
  gold: number;
  /** Gold items overlapped by one of our expressions. */
  found: number;
  /** Gold items overlapped by one of our expressions with the same `when`. */
  exact: number;
}

/** How one gold item fared: `exact`, `wrong` (found, different value) or `missed`. */
export type DateOutcome = { kind: 'exact' | 'wrong' | 'missed'; ours: string | null };

/**
 * Score one gold item against our expressions for its sentence: matched when one of ours overlaps
 * the gold span and its value (`partial` when present, else `when`: one reading, never a choice
 * of two) is exactly the gold `when`; found when any of ours overlaps it.
 */
export function scoreGoldDate(gold: GoldDate, ours: DateExpr[]): DateOutcome {
  const overlapping = ours.filter((d) => d.start < gold.end && gold.start < d.end);
  if (overlapping.length === 0) return { kind: 'missed', ours: null };
  const value = (d: DateExpr) => d.partial ?? d.when;
  const same = overlapping.find((d) => value(d) === gold.when);
  return same ? { kind: 'exact', ours: value(same) } : { kind: 'wrong', ours: value(overlapping[0]) };
}

/** Add an outcome to a tally. */
export function tallyOutcome(t: DateTally, o: DateOutcome): void {
  t.gold++;
  if (o.kind !== 'missed') t.found++;
  if (o.kind === 'exact') t.exact++;
}

/** accuracy = exact / gold; coverage = found / gold. */
export function rates(t: DateTally): { accuracy: number; coverage: number } {
  return { accuracy: t.gold ? t.exact / t.gold : 0, coverage: t.gold ? t.found / t.gold : 0 };
}
