const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parse a duration such as `30s`, `5m`, `1.5h` or `250ms` (a bare number is seconds) into
 * milliseconds; null when it is not one.
 */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) return null;
  const ms = Number(m[1]) * UNIT_MS[m[2] ?? 's'];
  return ms > 0 && Number.isFinite(ms) ? Math.round(ms) : null;
}
