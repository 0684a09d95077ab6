import type { UnknownKind } from '../../../model/annotations.js';

/**
 * One gap pattern, matched against a sentence's text. Named groups: `about` (what is missing),
 * `from` (the silent party, when the pattern names it: "a response from Russia").
 * Without `from`, the subject is the noun phrase before the match ("The ministry did not …").
 */
export interface GapRule {
  id: string;
  kind: UnknownKind | ((m: RegExpExecArray) => UnknownKind);
  re: RegExp;
  /** Where the subject is: before the match, in the `from` group, or nowhere. */
  subject: 'before' | 'from' | 'none';
}

const WH_ACTOR = /^(?:who|whom|whose|which\s+(?:people|person|group|groups|organi[sz]ations?|individuals?|countries|country|officials?|companies|company))\b/i;

/** unspecified-actor when the missing piece is a who; else the given kind. */
export function actorOr(kind: UnknownKind): (m: RegExpExecArray) => UnknownKind {
  return (m) => (WH_ACTOR.test(m.groups?.about ?? '') ? 'unspecified-actor' : kind);
}

/** Negated auxiliary: "did not", "didn't", "has not yet", "have not". */
export const NEG = String.raw`(?:did|does|do|has|have|had|would|will|could)\s*(?:not|n[’']t)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+)?`;
