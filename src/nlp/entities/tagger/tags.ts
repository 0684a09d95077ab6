/** The tagger's BIO label set over the four trained types. Index = label id in the model. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/**
 * True when tag `to` may follow tag `from` in IOB2 (`from` = -1 for the sentence start):
 * I-X only after B-X or I-X.
 */
export function isAllowed(from: number, to: number): boolean {
  const t = TAGS[to];
  if (!t.startsWith('I-')) return true;
  if (from < 0) return false;
  const f = TAGS[from];
  return f !== 'O' && f.slice(2) === t.slice(2);
}
