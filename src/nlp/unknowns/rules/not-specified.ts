import { actorOr, NEG, type GapRule } from './types.js';

/**
 * "did not specify who was behind the operation", "does not specify which people …", "did not say
 * how many …": a speaker leaves out who (unspecified-actor) or some other detail (not-disclosed).
 */
export const notSpecified: GapRule = {
  id: 'not-specified',
  kind: actorOr('not-disclosed'),
  re: new RegExp(String.raw`\b${NEG}(?:specify|say|identify|name|indicate|explain|detail|mention|clarify|elaborate on)\s+(?<about>(?:who|whom|whose|which|what|when|where|why|how)\b[^.;!?]*)`, 'gi'),
  subject: 'before',
};
