import type { GapRule } from './types.js';

/** "There has not yet been a response from Russia", "There was no immediate comment from the ministry". */
export const noResponseFrom: GapRule = {
  id: 'no-response-from',
  kind: 'no-response',
  re: /\bthere\s+(?:has|have|had|was|were|is)\s+(?:not\s+(?:yet\s+)?been\s+(?:a|any)|(?:as\s+yet\s+|so\s+far\s+|yet\s+)?no(?:\s+immediate)?)\s+(?<about>response|reaction|comment|reply|word)\s+(?:from|by)\s+(?<from>[^.;!?,]+)/gi,
  subject: 'from',
};

/** "Russia has not yet responded", "did not respond to a request for comment", "could not be reached for comment". */
export const notResponded: GapRule = {
  id: 'not-responded',
  kind: 'no-response',
  re: /\b(?:(?:has|have|had|did|does|do)\s*(?:not|n[’']t)\s+(?:yet\s+|immediately\s+|publicly\s+)?(?<about>respond(?:ed)?|repl(?:y|ied)|comment(?:ed)?|react(?:ed)?)\b(?:\s+to\s+(?:a\s+|an\s+|multiple\s+|several\s+|repeated\s+)?(?:requests?|inquir(?:y|ies)|questions?|emails?|calls?|messages?)(?:\s+(?:for|seeking)\s+comment)?)?|could\s+not\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+comment)?)/gi,
  subject: 'before',
};
