/** Fold case and accents so "Setubal" finds "Setúbal", as the full-text index does. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const OPERATORS = new Set(['and', 'or', 'not', 'near']);

/**
 * The plain words of a search query (FTS5 operators, quotes and `*` removed), folded, for
 * matching inside single annotations. "\"Halden Star\" AND capt*" gives halden, star, capt.
 */
export function queryTerms(query: string): string[] {
  const words = foldText(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && !OPERATORS.has(w));
  return [...new Set(words)];
}

/** True when any term starts a word of `text` (prefix match, like FTS5 `term*`). */
export function matchesTerms(text: string, terms: string[]): boolean {
  if (terms.length === 0) return false;
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u);
  return terms.some((t) => words.some((w) => w.startsWith(t)));
}
