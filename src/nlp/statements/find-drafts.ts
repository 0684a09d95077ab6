import { createCtx, sentenceBounds, type Ctx } from './context.js';
import type { Draft } from './draft.js';
import { cueAt } from './find-cue.js';
import { accordingTo } from './rules/according-to.js';
import { askedFrame } from './rules/asked-frame.js';
import { fallbackCue } from './rules/fallback-cue.js';
import { authorEvidentials } from './rules/author-evidential.js';
import { headlineColon } from './rules/headline-colon.js';
import { inPoll } from './rules/in-poll.js';
import { madeClear } from './rules/made-clear.js';
import { evidenceAside } from './rules/evidence-aside.js';
import { contentBeforeSpeaker } from './rules/content-before-speaker.js';
import { invertedSpeaker } from './rules/inverted-speaker.js';
import { quoteContinuation } from './rules/quote-continuation.js';
import { sharedSubject } from './rules/shared-subject.js';
import { speakerBeforeContent } from './rules/speaker-before-content.js';
import { speakerColon } from './rules/speaker-colon.js';
import { trailingParticiple } from './rules/trailing-participle.js';
import type { CueRule } from './rules/types.js';

/**
 * Cue rules, tried in this order for each cue; the first that fits wins. Specific shapes come
 * before general ones: "Asked whether …," frames a question before anything looks for a speaker;
 * a participle after a comma or a verb after "and" inherits its subject
 * before anything looks for a new speaker; an inverted speaker ("…,” said X") before a speaker
 * on the left; a colon or a clause-final cue before "X said (that) …".
 */
export const CUE_RULES: readonly { id: string; rule: CueRule }[] = [
  { id: 'asked-frame', rule: askedFrame },
  { id: 'trailing-participle', rule: trailingParticiple },
  { id: 'shared-subject', rule: sharedSubject },
  { id: 'inverted-speaker', rule: invertedSpeaker },
  { id: 'speaker-colon', rule: speakerColon },
  { id: 'content-before-speaker', rule: contentBeforeSpeaker },
  { id: 'speaker-before-content', rule: speakerBeforeContent },
  { id: 'fallback-cue', rule: fallbackCue },
];

/** Run every rule over a report; the drafts come back in text order. */
export function findDrafts(ctx: Ctx): Draft[] {
  const drafts: Draft[] = [];
  for (let si = 0; si < ctx.doc.sentences.length; si++) {
    const { s, e } = sentenceBounds(ctx, si);
    const fromAccording = accordingTo(ctx, si);
    const headline = headlineColon(ctx, si);
    if (headline) fromAccording.push(headline);
    fromAccording.push(...authorEvidentials(ctx, si));
    fromAccording.push(...inPoll(ctx, si));
    fromAccording.push(...madeClear(ctx, si));
    // Drafts of this sentence go straight onto the report's list (rules read it, and copying it
    // per cue was quadratic); the sentence's tail is put in cue order at the end.
    const base = drafts.length;
    for (let i = s; i < e; i++) {
      const entry = cueAt(ctx, i);
      if (!entry) continue;
      const input = { ctx, cue: i, entry, si, s, e, drafts };
      for (const { rule } of CUE_RULES) {
        const d = rule(input);
        if (d) {
          drafts.push(d);
          break;
        }
      }
    }
    const taken = drafts.slice(base);
    // Asides a cue rule already placed (the verb tagged as a verb) are not found twice.
    for (const d of evidenceAside(ctx, si)) if (!taken.some((t) => t.cue.first === d.cue.first)) fromAccording.push(d);
    const tail = [...taken, ...fromAccording].sort((a, b) => a.cue.first - b.cue.first);
    drafts.length = base;
    drafts.push(...tail);
  }
  quoteContinuation(ctx, drafts);
  return drafts;
}

export { createCtx };
