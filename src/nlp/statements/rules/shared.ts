import type { Span } from '../../../model/annotations.js';
import { isClosingQuote, lineBreakAfter, pos, word, type Ctx, type TokSpan } from '../context.js';
import type { Draft, SpeakerHint } from '../draft.js';
import { skipRightModifiers } from '../modifiers.js';
import { npStartingAt } from '../noun-phrase.js';
import { sentenceSubject } from '../speaker.js';
import { PARTICLE_CUES } from '../lexicon/cue-verbs.js';
import type { CueRuleInput } from './types.js';

/** The latest draft in this sentence whose cue is before token `cue`. */
export function earlierInSentence(input: CueRuleInput): Draft | null {
  for (let k = input.drafts.length - 1; k >= 0; k--) {
    const d = input.drafts[k];
    if (d.sentence !== input.si) return null;
    if (d.cue.last < input.cue && d.speaker.kind !== 'none') return d;
  }
  return null;
}

/** Speaker of a cue that shares an earlier subject: the earlier draft's, else the sentence subject. */
export function inheritedSpeaker(input: CueRuleInput): SpeakerHint | null {
  const from = earlierInSentence(input);
  if (from) return { kind: 'inherit', from };
  const subj = sentenceSubject(input.ctx, input.s, input.cue - 1);
  return subj ? { kind: 'span', span: subj } : null;
}

const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', ':', ',', '“', '"', "'", 'to']);

/**
 * Where a cue's right-hand content begins: after adverbs, time phrases, "in a statement", and for
 * verbs like "tell"/"warn" after their addressee ("told reporters that …").
 */
export function contentStart(input: CueRuleInput, after: number): { first: number; medium: string | null } {
  const { ctx, entry, e } = input;
  // "referring to X", "talked about Y": the particle belongs to the cue, not the content.
  if (PARTICLE_CUES.get(entry.lemma)?.has(word(ctx, after))) after++;
  let { next, medium } = skipRightModifiers(ctx, after, e - 1);
  if (entry.addressee && next < e) {
    const obj = npStartingAt(ctx, next, e - 1, false);
    if (obj && obj.last + 1 < e) {
      const w = word(ctx, obj.last + 1);
      if (CLAUSE_OPENERS.has(w) || pos(ctx, obj.last + 1) === 'DET' || pos(ctx, obj.last + 1) === 'PRON' || pos(ctx, obj.last + 1) === 'PROPN') {
        const r = skipRightModifiers(ctx, obj.last + 1, e - 1);
        next = r.next;
        medium = medium ?? r.medium;
      }
    }
  }
  next = lookAheadToClause(ctx, next, e, entry.addressee === true);
  if (word(ctx, next) === ':' || (word(ctx, next) === ',' && /^[“"']/.test(word(ctx, next + 1)))) next++;
  return { first: next, medium };
}

const LEAD_ADP = new Set(['to', 'at', 'in', 'on', 'during', 'about', 'after', 'before', 'with', 'from', 'for', 'of', 'while', 'outside', 'inside']);

/**
 * "said at a rally in Ohio that …", "told a town hall in Salem on Monday that …": when the words
 * after the cue are a prepositional phrase (or an addressee) with no verb, and a "that", a quote or
 * a colon follows within a few words, the content starts there.
 */
function lookAheadToClause(ctx: Ctx, next: number, e: number, addressee: boolean): number {
  const w = word(ctx, next);
  if (!(LEAD_ADP.has(w) || w === ',' || addressee)) return next;
  for (let k = next + 1; k < e && k - next <= 15; k++) {
    const wk = word(ctx, k);
    if (wk === 'that' || wk === ':' || /^[“"]$/.test(wk) || (wk === ',' && /^[“"]$/.test(word(ctx, k + 1)))) return k;
    if (pos(ctx, k) === 'VERB' || pos(ctx, k) === 'AUX') return next;
  }
  return next;
}

/** Build a draft from its parts. */
export function makeDraft(input: CueRuleInput, speaker: SpeakerHint, content: Span[], rule: string, medium: string | null = null, cue?: TokSpan): Draft {
  return {
    sentence: input.si,
    cue: cue ?? { first: input.cue, last: PARTICLE_CUES.get(input.entry.lemma)?.has(word(input.ctx, input.cue + 1)) ? input.cue + 1 : input.cue },
    cueLemma: input.entry.lemma,
    cueClass: input.entry.cls,
    speaker,
    content,
    medium,
    rule,
  };
}

/** True when the token sequence after `k` ends the clause (". ", ", ", end of sentence). */
export function endsClause(ctx: Ctx, k: number, e: number): boolean {
  if (k >= e) return true;
  const w = word(ctx, k);
  return w === '.' || w === ',' || w === '!' || w === '?' || w === ';' || w === '—' || w === '–' || w === ')' || w === '…';
}

/**
 * True when sentence-start token `s` directly follows a closing quote on the same line: the
 * sentence splitter cut "“… hands?” Trump said." after the quote, and the quote is the content.
 */
export function quoteEndsPreviousSentence(ctx: Ctx, s: number): boolean {
  return s > 0 && isClosingQuote(ctx, s - 1) && !lineBreakAfter(ctx, s - 1);
}
