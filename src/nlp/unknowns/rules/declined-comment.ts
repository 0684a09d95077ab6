import type { GapRule } from './types.js';

/** "declined to comment", "refused to comment on the report", "would not comment", "had no comment". */
export const declinedComment: GapRule = {
  id: 'declined-comment',
  kind: 'declined-to-comment',
  re: /\b(?:(?:declined|refused|declines|refuses)\s+(?:to\s+)?(?:comment|answer|discuss)|(?:would|will)\s*(?:not|n[’']t)\s+comment|had\s+no\s+(?:immediate\s+)?comment)(?:\s+on\s+(?<about>[^.;!?,]+))?/gi,
  subject: 'before',
};
