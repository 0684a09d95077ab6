import type { PloverType } from '../plover.js';

/**
 * One trigger pattern: space-separated slots, each a `|`-list of lemmas or lower-case words;
 * `*` allows a gap of up to three words; `^` marks the head slot (default: the first slot);
 * a slot ending in `/V` or `/N` must be a verb or a noun.
 * Examples: `arrest/V`, `criminal ^proceeding`, `forge * tie|relation|link`.
 */
export interface LexEntry {
  pattern: string;
  type: PloverType;
  mode?: string;
}

/** Shorthand for a table row: [pattern, type, mode?]. */
export type LexRow = [string, PloverType, string?];

/** Rows → entries. */
export function entries(rows: LexRow[]): LexEntry[] {
  return rows.map(([pattern, type, mode]) => (mode ? { pattern, type, mode } : { pattern, type }));
}
