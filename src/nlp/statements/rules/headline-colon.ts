import { lineBreakAfter, pos, word, type Ctx } from '../context.js';
import { contentRight } from '../content.js';
import type { Draft } from '../draft.js';

const MAX_SPEAKER_TOKENS = 6;

/**
 * "Trump: ‘I’m the worst thing that ever happened to them.’" — a line that opens with a short name
 * and a colon, then a clause: the name is the source and the colon the cue (headline style).
 */
export function headlineColon(ctx: Ctx, si: number): Draft | null {
  const sent = ctx.doc.sentences[si];
  const s = sent.tokenStart;
  const e = sent.tokenEnd;
  if (s > 0 && !lineBreakAfter(ctx, s - 1)) return null;
  let colon = -1;
  for (let k = s + 1; k < e && k - s <= MAX_SPEAKER_TOKENS; k++) {
    if (word(ctx, k) === ':') {
      colon = k;
      break;
    }
    const p = pos(ctx, k);
    if (!(p === 'PROPN' || p === 'NOUN' || p === 'ADJ' || p === 'DET' || p === 'PART' || word(ctx, k) === '.')) return null;
  }
  if (colon < 0 || !(pos(ctx, colon - 1) === 'PROPN' || pos(ctx, colon - 1) === 'NOUN') || !(pos(ctx, s) === 'PROPN' || pos(ctx, s) === 'NOUN' || pos(ctx, s) === 'DET')) return null;
  let hasVerb = false;
  for (let k = colon + 1; k < e; k++) if (pos(ctx, k) === 'VERB' || pos(ctx, k) === 'AUX') hasVerb = true;
  if (!hasVerb) return null;
  const content = contentRight(ctx, colon + 1, si);
  if (content.length === 0) return null;
  return {
    sentence: si,
    cue: { first: colon, last: colon },
    cueLemma: ':',
    cueClass: 'speech',
    speaker: { kind: 'span', span: { first: s, last: colon - 1 } },
    content,
    medium: null,
    rule: 'headline-colon',
  };
}
