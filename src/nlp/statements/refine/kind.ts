import type { Span, StatementKind } from '../../../model/annotations.js';
import type { Quote } from '../quotes.js';

/** direct when every word of the content is inside quotes, indirect when none is, else mixed. */
export function kindOf(text: string, content: Span[], quotes: readonly Quote[]): StatementKind {
  let inside = 0;
  let outside = 0;
  const WORD = /[\p{L}\p{N}]/u;
  for (const c of content) {
    // Quotes are sorted and disjoint: walk them alongside the content instead of testing each one per character.
    let k = 0;
    while (k < quotes.length && quotes[k].end <= c.start) k++;
    for (let i = c.start; i < c.end; i++) {
      if (!WORD.test(text[i])) continue;
      while (k < quotes.length && quotes[k].end <= i) k++;
      if (k < quotes.length && quotes[k].start <= i) inside++;
      else outside++;
    }
  }
  if (inside === 0) return 'indirect';
  // A stray "that" before a full quote ("said that “…”") does not make it mixed.
  return outside <= 4 && inside > outside * 4 ? (outside === 0 ? 'direct' : 'mixed') : 'mixed';
}
