/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * Accept `YYYY-MM-DD` or a full ISO timestamp (kept to its date part). Returns null when the
 * value is not a date.
 */
export function parseReportDate(s: string): string | null {
  const v = s.trim();
  if (isIsoDate(v)) return v;
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(v);
  if (m && isIsoDate(m[1]) && !Number.isNaN(Date.parse(v))) return m[1];
  return null;
}
