/** What every `newsgraph eval <kind>` produces: a table for people, JSON for scripts, and any thresholds breached. */
export interface EvalResult {
  name: string;
  /** Human-readable table(s). */
  text: string;
  /** The same figures for `--format json`. */
  json: unknown;
  /** One line per threshold breached; the command exits 1 when this is not empty. */
  failures: string[];
}
