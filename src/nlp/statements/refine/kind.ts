import type { Span, StatementKind } from '../../../model/annotations.js';
import type { Quote } from '../quotes.js';

/** direct when every word of the content is inside quotes, indirect when none is, else mixed. */
export function kindOf(text: string, content: Span[], quotes: readonly Quote[]): StatementKind {
  let inside = 0;
  let outside = 0;
  for (const c of content) {
    for (let i = c.start; i < c.end; i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
      const q = quotes.some((qq) => qq.start <= i && i < qq.end);
      if (q) inside++;
      else outside++;
    }
  }
  if (inside === 0) return 'indirect';
  // A stray "that" before a full quote ("said that “…”") does not make it mixed.
  return outside <= 4 && inside > outside * 4 ? (outside === 0 ? 'direct' : 'mixed') : 'mixed';
}
