import type { DateCandidate } from '../candidate.js';

/**
 * Refiner 2 of 3: keep one candidate per stretch of text. The longer span wins (it has read more:
 * "last August" over "August", "September 2013" over "2013"); at equal length our own rules beat
 * chrono (priority), then the earlier start wins. Output is in text order.
 */
export function resolveOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
