import type { Statement } from '../../../model/annotations.js';

/**
 * The statement whose content holds the character span: whose claim the event is. When
 * attributions nest, the innermost (smallest content) wins.
 */
export function statementAt(statements: Statement[], start: number, end: number): Statement | null {
  let best: Statement | null = null;
  let bestSize = Infinity;
  for (const st of statements) {
    for (const c of st.content) {
      if (c.start <= start && end <= c.end && c.end - c.start < bestSize) {
        best = st;
        bestSize = c.end - c.start;
      }
    }
  }
  return best;
}
