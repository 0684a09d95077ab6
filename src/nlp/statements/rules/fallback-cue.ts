import type { Span } from '../../../model/span.js';
import { pos, tStart, word } from '../context.js';
import { contentRight } from '../content.js';
import type { Draft } from '../draft.js';
import { contentStart, inheritedSpeaker, makeDraft } from './shared.js';
import { openerSubject } from './opener-subject.js';
import type { CueRuleInput } from './types.js';

/**
 * Verbs whose unplaced uses were mostly not attributions when we read PolNeAR train ("backed the
 * bill", "posted a video", "repeated the test"); the last resort leaves them alone.
 */
const NOT_AS_FALLBACK = new Set([
  'estimate', 'post', 'pledge', 'charge', 'counter', 'back', 'challenge', 'echo', 'repeat', 'admit', 'add', 'report',
  'state', 'attack', 'defend', 'favor', 'favour', 'support',
]);

/**
 * Last resort for a speech or stance verb no other rule placed ("…, telling viewers that …" after
 * a long clause, "began by saying …"): the content is the clause after it and the speaker the
 * subject of the main clause after an opening participle ("After thanking …, Clinton …"), else the
 * sentence subject when there is one, else none (kept, flagged like an orphan quote).
 */
export function fallbackCue(input: CueRuleInput): Draft | null {
  const { ctx, cue, entry } = input;
  if (pos(ctx, cue) !== 'VERB' || (entry.cls !== 'speech' && entry.cls !== 'stance') || NOT_AS_FALLBACK.has(entry.lemma)) return null;
  const { first, medium } = contentStart(input, cue + 1);
  if (first >= input.e || /^[,.;:!?)]$/.test(word(ctx, first))) return null;
  const opener = openerSubject(input);
  let content = contentRight(ctx, first, input.si);
  // An opening participle clause says only what lies before its comma.
  if (opener) content = clipSpans(content, tStart(ctx, opener.comma));
  if (content.length === 0) return null;
  const speaker = (opener ? { kind: 'span' as const, span: opener.subject } : null) ?? inheritedSpeaker(input) ?? { kind: 'none' as const };
  return makeDraft(input, speaker, content, 'fallback-cue', medium);
}

/** The parts of `spans` before character offset `end`. */
function clipSpans(spans: Span[], end: number): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    if (sp.start >= end) break;
    out.push(sp.end <= end ? sp : { start: sp.start, end });
  }
  return out;
}
