import type { TextSpan } from '../../../model/annotations.js';
import { DENIAL_PATTERN } from '../lexicon/hedges.js';
import { cueVerb } from '../lexicon/cue-verbs.js';

const DENIAL_OBJECTS = /^(?:the\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?|rumou?rs?)\b/i;

/**
 * "deny" when the cue denies ("denied", "rejected claims") or the content declares something
 * untrue ("said it was not true"); "assert" otherwise.
 */
export function polarityOf(cueLemma: string, cueText: string, content: TextSpan[], negatedCue: boolean): 'assert' | 'deny' {
  if (cueVerb(cueLemma)?.deny) return 'deny';
  const first = content[0]?.text ?? '';
  if (negatedCue && /^(confirm|acknowledge|admit)$/.test(cueLemma)) return 'deny';
  if (DENIAL_PATTERN.test(content.map((c) => c.text).join(' ').slice(0, 200))) return 'deny';
  if (/^(dismiss|reject|dispute|refute)/.test(cueText.toLowerCase()) && DENIAL_OBJECTS.test(first)) return 'deny';
  return 'assert';
}
