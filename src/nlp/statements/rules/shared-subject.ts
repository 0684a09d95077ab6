import { pos, word } from '../context.js';
import { contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { contentStart, inheritedSpeaker, makeDraft } from './shared.js';
import type { CueRuleInput } from './types.js';

/** "X says … and said …": a second cue joined by "and" shares the first one's subject. */
export function sharedSubject(input: CueRuleInput): Draft | null {
  const { ctx, cue, s } = input;
  if (/ing$/.test(word(ctx, cue))) return null;
  let j = cue - 1;
  while (j >= s && (pos(ctx, j) === 'ADV' || pos(ctx, j) === 'AUX' || word(ctx, j) === 'not')) j--;
  if (j < s || (word(ctx, j) !== 'and' && word(ctx, j) !== 'but')) return null;
  const speaker = inheritedSpeaker(input);
  if (!speaker) return null;
  const { first, medium } = contentStart(input, cue + 1);
  const content = contentRight(ctx, first, input.si);
  if (content.length === 0) return null;
  return makeDraft(input, speaker, content, 'shared-subject', medium);
}
