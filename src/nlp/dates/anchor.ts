import type { Anchor, Resolution } from './candidate.js';

/*
 * The narrative anchor: biographies and histories move their own time along ("In 1831 ... On
 * 14 July ... that year ... two years later"), and their yearless expressions follow that time,
 * not the report's date. The anchor is the latest date whose year the text states (or that was
 * itself counted from an anchor).
 */

const VALUE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The anchor after a resolved expression: a stated year (or a value counted from the anchor) sets
 * it; an expression resolved from the report date ("this year", "on Sunday", "yesterday") brings
 * the narrative back to the report's present and clears it; one that followed the anchor keeps it.
 */
export function nextAnchor(current: Anchor | null, r: Resolution, rule: string): Anchor | null {
  if (r.anchored) return current;
  const fromText = !r.inferred.includes('year') || rule === 'anaphoric';
  if (!fromText) return null;
  const m = VALUE.exec(r.when);
  if (!m) return current;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/**
 * True when a yearless month or month-day should take the anchor's year: the text has stated a
 * year other than the report's, so its narrative is set elsewhere in time ("In 1832 ... On 30 May").
 * In a report that stays in its own year the report date decides, with its past bias; so does a
 * future-tense clause ("is to be held from November 20"), which speaks from the report's present.
 */
export function followsAnchor(anchor: Anchor | null | undefined, refYear: number | null, future = false): anchor is Anchor {
  return !future && !!anchor && anchor.year !== refYear;
}
