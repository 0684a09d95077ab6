import { actorOr, type GapRule } from './types.js';

/** "it is not clear if …", "it is unclear whether …", "it was not immediately known who …". */
export const unclear: GapRule = {
  id: 'unclear',
  kind: actorOr('unclear-link'),
  re: /\bit\s+(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown|uncertain)\s+(?<about>(?:if|whether|who|what|how|why|when|where|which)\b[^.;!?,]*)/gi,
  subject: 'none',
};
