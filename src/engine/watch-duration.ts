const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds for `15m`, `30s`, `1h`, `1.5h`, `500ms` or a bare number of seconds; null when unreadable. */
export function parseDurationMs(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(value);
  if (!m) return null;
  const ms = Number(m[1]) * UNITS[(m[2] ?? 's').toLowerCase()];
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms) : null;
}
