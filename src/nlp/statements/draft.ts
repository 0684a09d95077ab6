import type { Span, StatementKind } from '../../model/annotations.js';
import type { CueClass } from './lexicon/cue-verbs.js';
import type { TokSpan } from './context.js';

/** How a rule found the speaker, before resolution. */
export type SpeakerHint =
  | { kind: 'span'; span: TokSpan }
  /** Same speaker as an earlier statement (shared subject, trailing "adding that"). */
  | { kind: 'inherit'; from: Draft }
  | { kind: 'none' };

/** A statement as a rule proposes it; refiners and resolvers turn drafts into Statements. */
export interface Draft {
  sentence: number;
  cue: TokSpan;
  cueLemma: string;
  cueClass: CueClass | 'according-to' | 'quote';
  speaker: SpeakerHint;
  /** Character spans, in text order. */
  content: Span[];
  kind?: StatementKind;
  medium?: string | null;
  rule: string;
}
