import { isQuoteMark, pos, word } from '../context.js';
import { contentLeft, contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { makeDraft, quoteEndsPreviousSentence } from './shared.js';
import { speakerAfterCue } from './speaker-after-cue.js';
import type { CueRuleInput } from './types.js';

const NEEDS_OBJECT = new Set(['tell', 'inform', 'notify', 'brief', 'assure', 'remind', 'convince', 'persuade']);

/**
 * "“…,” said the minister." / "…, stressed the foreign ministry, adding …": content first, then
 * the cue, then its speaker. A quote resumed after the speaker ("“…,” said X. “…”" within the
 * sentence) joins the content.
 */
export function invertedSpeaker(input: CueRuleInput): Draft | null {
  const { ctx, cue, s, e, entry } = input;
  if (entry.cls !== 'speech' && entry.cls !== 'stance') return null;
  if (/ing$/.test(word(ctx, cue))) return null;
  // "tell" and its kin take their addressee as object: "…,” Mota told reporters" is never inverted.
  if (NEEDS_OBJECT.has(entry.lemma)) return null;
  let j = cue - 1;
  while (j >= s && pos(ctx, j) === 'ADV') j--;
  // "“… hands?” / said Trump.": the splitter put the cue in a sentence of its own.
  const split = j < s && quoteEndsPreviousSentence(ctx, s);
  if (split) j = s - 1;
  else if (j < s || !(word(ctx, j) === ',' || isQuoteMark(ctx, j) || word(ctx, j) === '—' || word(ctx, j) === '–')) return null;
  const np = speakerAfterCue(ctx, cue + 1, e, entry.cls === 'speech' || isQuoteMark(ctx, j));
  if (!np) return null;
  const content = contentLeft(ctx, j, split ? input.si - 1 : input.si);
  if (content.length === 0) return null;
  if (word(ctx, np.last + 1) === ',' && /^[“"']/.test(word(ctx, np.last + 2))) content.push(...contentRight(ctx, np.last + 2, input.si));
  return makeDraft(input, { kind: 'span', span: np }, content, 'inverted-speaker');
}
