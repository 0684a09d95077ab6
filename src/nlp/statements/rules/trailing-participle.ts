import { pos, word } from '../context.js';
import { afterClauseBreak, contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { contentStart, inheritedSpeaker, makeDraft } from './shared.js';
import type { CueRuleInput } from './types.js';

/**
 * "…, adding that Havana is …" / "…, saying …" / "… the party,” claiming …": a participle cue after
 * a comma (also one closed inside a quote) or a dash is a separate
 * statement by the same speaker as the clause it trails.
 */
export function trailingParticiple(input: CueRuleInput): Draft | null {
  const { ctx, cue, s } = input;
  if (!/ing$/.test(word(ctx, cue)) || pos(ctx, cue) !== 'VERB') return null;
  let j = cue - 1;
  while (j >= s && pos(ctx, j) === 'ADV') j--;
  if (word(ctx, j) === 'and') j--;
  if (j < s || (word(ctx, j) !== ',' && word(ctx, j) !== '—' && word(ctx, j) !== '–' && !afterClauseBreak(ctx, j + 1))) return null;
  const speaker = inheritedSpeaker(input);
  if (!speaker) return null;
  const { first, medium } = contentStart(input, cue + 1);
  const content = contentRight(ctx, first, input.si);
  if (content.length === 0) return null;
  return makeDraft(input, speaker, content, 'trailing-participle', medium);
}
