import type { Span } from '../../../model/annotations.js';
import { pos, tEnd, tStart, word, type Ctx } from '../context.js';
import type { Draft } from '../draft.js';
import { npStartingAt } from '../noun-phrase.js';
import { makeDraft } from './shared.js';
import type { CueRuleInput } from './types.js';

/** Words that may introduce "asked" as a frame: "When asked …", "after being asked …". */
const LEADS = new Set(['when', 'whenever', 'after', 'being', 'once', 'if', 'before', 'while']);
/** What the question is: "asked whether …", "asked about …", "asked by X to …". */
const OPENERS = new Set(['whether', 'if', 'about', 'what', 'who', 'why', 'how', 'which', 'when', 'where', 'by', 'on', 'to', 'for']);

/** The question's words from `first` to the comma that closes the frame (or the sentence end). */
function questionSpan(ctx: Ctx, first: number, e: number): Span[] {
  let last = first;
  while (last + 1 < e && !/^[,;:.!?—–]$/.test(word(ctx, last + 1))) last++;
  return last >= first && first < e ? [{ start: tStart(ctx, first), end: tEnd(ctx, last) }] : [];
}

/**
 * "Asked whether he would run, Smith said …" / "… she said when asked about the vote": a question
 * put to someone, framed by "asked" at the start of a clause. The asker is rarely named ("Asked by
 * the host …" names it); the question is the content, up to the comma that ends the frame.
 */
export function askedFrame(input: CueRuleInput): Draft | null {
  const { ctx, cue, s, e } = input;
  if (word(ctx, cue) !== 'asked') return null;
  let j = cue - 1;
  while (j >= s && pos(ctx, j) === 'ADV' && !LEADS.has(word(ctx, j))) j--;
  const framed = j < s || LEADS.has(word(ctx, j)) || word(ctx, j) === ',';
  if (!framed) return null;
  // "…, asked Smith." is an inverted speaker, not a frame.
  let k = cue + 1;
  while (k < e && pos(ctx, k) === 'ADV') k++;
  const opener = word(ctx, k);
  if (!OPENERS.has(opener)) return null;
  if (word(ctx, j) === ',' && opener !== 'about' && opener !== 'whether' && opener !== 'if' && opener !== 'by') return null;
  let cueLast = cue;
  let speaker: Draft['speaker'] = { kind: 'none' };
  let first = k;
  if (opener === 'about') {
    cueLast = k;
    first = k + 1;
  } else if (opener === 'by') {
    const np = npStartingAt(ctx, k + 1, e - 1, false);
    if (!np) return null;
    speaker = { kind: 'span', span: np };
    first = np.last + 1;
  }
  const content = questionSpan(ctx, first, e);
  if (content.length === 0) return null;
  return makeDraft(input, speaker, content, 'asked-frame', null, { first: cue, last: cueLast });
}
