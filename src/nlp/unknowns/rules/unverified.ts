import type { GapRule } from './types.js';

/** "could not be independently verified", "has not been confirmed", "unconfirmed reports". */
export const unverified: GapRule = {
  id: 'unverified',
  kind: 'unconfirmed',
  re: /\b(?:(?:could|can|has|have|had)\s*(?:not|n[’']t)\s+(?:yet\s+)?(?:been|be)\s+(?:independently\s+)?(?<about>verified|confirmed|corroborated)|(?<about2>unconfirmed|unverified)\s+(?:reports?|claims?|accounts?))/gi,
  subject: 'before',
};
