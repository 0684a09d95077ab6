import { pos, word, type TokSpan } from '../context.js';
import { npStartingAt } from '../noun-phrase.js';
import { skipRightModifiers } from '../modifiers.js';
import type { CueRuleInput } from './types.js';

/** Words that may open a participle clause before its cue: "After thanking …", "Having said …". */
const OPENERS = new Set(['after', 'before', 'while', 'by', 'upon', 'since', 'having', 'without', 'when', 'in']);

/**
 * "After thanking the crowd, Clinton …", "Criticizing the plan, she …": a participle clause that
 * opens the sentence is said by the subject of the main clause after it. Returns that subject and
 * the comma that ends the participle clause, or null when the cue does not open its sentence this way.
 */
export function openerSubject(input: CueRuleInput): { subject: TokSpan; comma: number } | null {
  const { ctx, cue, s, e } = input;
  let k = s;
  while (k < cue && (OPENERS.has(word(ctx, k).toLowerCase()) || pos(ctx, k) === 'ADV')) k++;
  if (k !== cue || !/(?:ing|ed|en)$/.test(word(ctx, cue))) return null;
  // The participle clause ends at its first comma; the main clause's subject follows it.
  let comma = cue + 1;
  while (comma < e && comma - cue <= 25 && word(ctx, comma) !== ',' && !/^[“"”;:]$/.test(word(ctx, comma))) comma++;
  if (word(ctx, comma) !== ',') return null;
  const np = npStartingAt(ctx, comma + 1, e - 1, false);
  if (!np) return null;
  let v = skipRightModifiers(ctx, np.last + 1, e - 1).next;
  while (v < e && (pos(ctx, v) === 'ADV' || pos(ctx, v) === 'PART')) v++;
  return v < e && (pos(ctx, v) === 'VERB' || pos(ctx, v) === 'AUX') ? { subject: np, comma } : null;
}
