import type { Span } from '../../../model/annotations.js';
import { lineBreakAfter, tStart, word, type Ctx } from '../context.js';
import { contentRight, quoteChainSpans } from '../content.js';
import type { Draft } from '../draft.js';
import { skipRightModifiers } from '../modifiers.js';
import { quoteIndexAt } from '../quotes.js';
import { speakerLeft } from '../speaker.js';
import { makeDraft } from './shared.js';
import type { CueRuleInput } from './types.js';

/** The paragraph after token `last` when it is a block quote (opens with a quote mark). */
function blockQuoteAfter(ctx: Ctx, last: number): Span[] {
  const next = last + 1;
  if (next >= ctx.doc.tokenCount) return [];
  const qk = quoteIndexAt(ctx.quotes, tStart(ctx, next));
  if (qk >= 0 && ctx.quotes[qk].start === tStart(ctx, next)) return quoteChainSpans(ctx.quotes, qk);
  // An unquoted block: the next paragraph.
  const at = tStart(ctx, next);
  const nl = ctx.text.indexOf('\n', at);
  const end = nl < 0 ? ctx.text.length : nl;
  return [{ start: at, end: ctx.text.slice(at, end).trimEnd().length + at }];
}

/** "He said: “…”" and "She added:" followed by a block quote in the next paragraph. */
export function speakerColon(input: CueRuleInput): Draft | null {
  const { ctx, cue, s, e } = input;
  const speaker = speakerLeft(ctx, cue, s);
  if (!speaker) return null;
  const { next, medium } = skipRightModifiers(ctx, cue + 1, e - 1);
  if (word(ctx, next) !== ':') return null;
  let content: Span[];
  if (next + 1 < e && !lineBreakAfter(ctx, next)) content = contentRight(ctx, next + 1, input.si);
  else content = blockQuoteAfter(ctx, next);
  if (content.length === 0) return null;
  return makeDraft(input, { kind: 'span', span: speaker }, content, 'speaker-colon', medium);
}
