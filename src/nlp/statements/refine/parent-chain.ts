import type { Statement } from '../../../model/annotations.js';

/**
 * Link each statement to the statement whose content contains its cue ("The Post reports that
 * officials said …" → the officials' statement has the Post's as parent); the innermost wins.
 */
export function linkParents(statements: Statement[]): void {
  for (const st of statements) {
    let best: Statement | null = null;
    let bestLen = Infinity;
    for (const other of statements) {
      if (other === st) continue;
      for (const c of other.content) {
        const len = c.end - c.start;
        if (c.start <= st.cue.start && st.cue.end <= c.end && len < bestLen) {
          best = other;
          bestLen = len;
        }
      }
    }
    st.parent = best ? best.id : null;
  }
}
