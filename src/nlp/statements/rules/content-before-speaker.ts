import { isClosingQuote, isQuoteMark, pos, tStart, word } from '../context.js';
import { contentLeft, contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { skipRightModifiers } from '../modifiers.js';
import { speakerLeft } from '../speaker.js';
import { npStartingAt } from '../noun-phrase.js';
import { endsClause, makeDraft, quoteEndsPreviousSentence } from './shared.js';
import type { CueRuleInput } from './types.js';
import { cueAt } from '../find-cue.js';

/** Words after a cue that open its own content: then the words before are not that content. */
const CLAUSE_AFTER = new Set(['that', ':', 'whether', 'if']);
const CIRCUMSTANCE = new Set(['when', 'as', 'in', 'at', 'on', 'after', 'before', 'during', 'while', 'of', 'about', 'to', 'from']);

/** ", adding that …", ", according to …": a new attribution, not the rest of this content. */
function startsTrailingCue(ctx: Parameters<typeof word>[0], k: number): boolean {
  let j = k;
  while (pos(ctx, j) === 'ADV') j++;
  if (word(ctx, j) === 'according' && word(ctx, j + 1) === 'to') return true;
  return /ing$/.test(word(ctx, j)) && cueAt(ctx, j) !== undefined;
}

/** Index of the last character before `at` that is not a quote mark ("''" is two tokens). */
function lastCharBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && (text[k] === "'" || text[k] === '"')) k--;
  return k;
}

/**
 * "…, the minister said." / "“…,” she said." / "“…” the statement reads.": the content comes
 * first and the cue closes the clause. "The plan, he said, will fail" keeps both halves.
 */
export function contentBeforeSpeaker(input: CueRuleInput): Draft | null {
  const { ctx, cue, s, e } = input;
  const speaker = speakerLeft(ctx, cue, s);
  if (!speaker) return null;
  // "“… hands?” / Trump said.": the splitter put the speaker and cue in a sentence of their own.
  const split = speaker.first === s && quoteEndsPreviousSentence(ctx, s);
  if (speaker.first <= s && !split) return null;
  let { next, medium } = skipRightModifiers(ctx, cue + 1, e - 1);
  if (input.entry.addressee && !endsClause(ctx, next, e)) {
    // "“…,” the defendant told the court." / "… told AFP in an interview on Monday."
    const obj = npStartingAt(ctx, next, e - 1, false);
    if (obj) {
      const after = skipRightModifiers(ctx, obj.last + 1, e - 1).next;
      if (endsClause(ctx, after, e) || isClosingQuote(ctx, speaker.first - 1)) next = after;
    }
  }
  const before = speaker.first - 1;
  // After a closing quote the cue ends its clause whatever circumstance follows ("… when asked
  // about it", "… in Sines"); elsewhere the clause must end right after the cue.
  // A quote that ends its own sentence ("… “simply not true.” Cruz has supported …") is followed
  // by a new clause unless the cue ends it or only a circumstance follows.
  const endedSentence = isClosingQuote(ctx, before) && /[.!?]/.test(ctx.text[lastCharBefore(ctx.text, tStart(ctx, before))] ?? '');
  const afterQuote = isClosingQuote(ctx, before) && !CLAUSE_AFTER.has(word(ctx, next)) && (!endedSentence || CIRCUMSTANCE.has(word(ctx, next)));
  if (!endsClause(ctx, next, e) && word(ctx, next) !== 'of' && !afterQuote) return null;
  // "… Clinton said, “…”": the quote after the cue is the content, not the words before the speaker.
  if (word(ctx, next) === ',' && /^[“"]$/.test(word(ctx, next + 1)) && !isQuoteMark(ctx, before) && !isQuoteMark(ctx, before - 1)) return null;
  if (!(word(ctx, before) === ',' || isQuoteMark(ctx, before) || word(ctx, before) === '—' || word(ctx, before) === '–')) return null;
  const content = contentLeft(ctx, before, split ? input.si - 1 : input.si);
  if (content.length === 0) return null;
  if (word(ctx, next) === ',' && next + 1 < e && !startsTrailingCue(ctx, next + 1)) {
    // "“…,” she said, “…”" or "The plan, he said, will fail."
    const rest = contentRight(ctx, next + 1, input.si);
    content.push(...rest);
  }
  return makeDraft(input, { kind: 'span', span: speaker }, content, 'content-before-speaker', medium);
}
