import type { CueVerb } from '../lexicon/cue-verbs.js';
import type { Ctx } from '../context.js';
import type { Draft } from '../draft.js';

/** What a cue rule sees: the cue token, its lexicon entry, its sentence and earlier drafts. */
export interface CueRuleInput {
  ctx: Ctx;
  cue: number;
  entry: CueVerb;
  si: number;
  /** Sentence token bounds [s, e). */
  s: number;
  e: number;
  /** Drafts found so far in this report, in text order. */
  drafts: readonly Draft[];
}

/** A rule proposes one draft for a cue, or null when its pattern does not fit. */
export type CueRule = (input: CueRuleInput) => Draft | null;
