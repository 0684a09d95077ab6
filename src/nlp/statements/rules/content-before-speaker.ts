import { isQuoteMark, word } from '../context.js';
import { contentLeft, contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { skipRightModifiers } from '../modifiers.js';
import { speakerLeft } from '../speaker.js';
import { npStartingAt } from '../noun-phrase.js';
import { endsClause, makeDraft } from './shared.js';
import type { CueRuleInput } from './types.js';

/**
 * "…, the minister said." / "“…,” she said." / "“…” the statement reads.": the content comes
 * first and the cue closes the clause. "The plan, he said, will fail" keeps both halves.
 */
export function contentBeforeSpeaker(input: CueRuleInput): Draft | null {
  const { ctx, cue, s, e } = input;
  const speaker = speakerLeft(ctx, cue, s);
  if (!speaker || speaker.first <= s) return null;
  let { next, medium } = skipRightModifiers(ctx, cue + 1, e - 1);
  if (input.entry.addressee && !endsClause(ctx, next, e)) {
    // "“…,” the defendant told the court."
    const obj = npStartingAt(ctx, next, e - 1, false);
    if (obj && endsClause(ctx, obj.last + 1, e)) next = obj.last + 1;
  }
  if (!endsClause(ctx, next, e) && word(ctx, next) !== 'of') return null;
  const before = speaker.first - 1;
  // "… Clinton said, “…”": the quote after the cue is the content, not the words before the speaker.
  if (word(ctx, next) === ',' && /^[“"]$/.test(word(ctx, next + 1)) && !isQuoteMark(ctx, before) && !isQuoteMark(ctx, before - 1)) return null;
  if (!(word(ctx, before) === ',' || isQuoteMark(ctx, before) || word(ctx, before) === '—' || word(ctx, before) === '–')) return null;
  const content = contentLeft(ctx, before, input.si);
  if (content.length === 0) return null;
  if (word(ctx, next) === ',' && next + 1 < e) {
    // "“…,” she said, “…”" or "The plan, he said, will fail."
    const rest = contentRight(ctx, next + 1, input.si);
    content.push(...rest);
  }
  return makeDraft(input, { kind: 'span', span: speaker }, content, 'content-before-speaker', medium);
}
