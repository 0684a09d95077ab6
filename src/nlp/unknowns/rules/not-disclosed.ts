import { actorOr, NEG, type GapRule } from './types.js';

/** "did not disclose the amount", "declined to reveal the names", "would not say where". */
export const notDisclosed: GapRule = {
  id: 'not-disclosed',
  kind: actorOr('not-disclosed'),
  re: new RegExp(String.raw`\b(?:${NEG}|(?:declined|refused)\s+to\s+)(?:disclose|reveal|release|give|provide|publish|share|say|name|identify)\s+(?<about>(?!to\b|that\b)[^.;!?,]+)`, 'gi'),
  subject: 'before',
};
