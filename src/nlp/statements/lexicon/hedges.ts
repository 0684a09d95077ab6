/** Words that weaken an attribution's certainty. Written for newsgraph. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'ostensibly', 'may', 'might', 'could',
  'possibly', 'perhaps', 'likely', 'unconfirmed', 'rumored', 'rumoured',
]);

/** Verbs that hedge when followed by "to": "appeared to", "seemed to". */
export const HEDGE_VERBS: ReadonlySet<string> = new Set(['appear', 'seem']);

/** Content openings that deny: "it was not true", "that is false". */
export const DENIAL_PATTERN = /\b(?:(?:was|is|were|are)\s+(?:not|n[o’']t)\s+true|(?:was|is|were|are)\s+(?:false|untrue|baseless|unfounded|fake)|no\s+truth\s+(?:to|in)|never\s+happened)\b/i;
