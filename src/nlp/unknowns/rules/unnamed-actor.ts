import type { GapRule } from './types.js';

/** "unidentified gunmen", "unnamed officials", "unknown assailants": an actor the text cannot name. */
export const unnamedActor: GapRule = {
  id: 'unnamed-actor',
  kind: 'unspecified-actor',
  re: /\b(?<about>(?:unidentified|unnamed|unknown|anonymous|masked)\s+(?:gunmen|gunman|attackers?|assailants?|men|man|woman|women|people|persons?|individuals?|officials?|sources?|groups?|hackers?|militants?|perpetrators?|suspects?|assailants?|soldiers?|troops|forces|donors?|buyers?))\b/gi,
  subject: 'none',
};
