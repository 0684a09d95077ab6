/** How much of a report's text the header queries read to find its first sentence. */
export const OPENING_CHARS = 1500;

/**
 * The opening of a report for lists: its first sentence (offsets are UTF-16 units into `head`,
 * the text's first OPENING_CHARS characters), spaces collapsed, at most 200 characters.
 */
export function openingOf(head: string, first: { start: number; end: number } | null): string {
  const raw = first ? head.slice(first.start, Math.min(first.end, first.start + 400)) : head.slice(0, 400);
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
