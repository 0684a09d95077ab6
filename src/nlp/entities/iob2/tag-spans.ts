/** An entity as a token range [start, end) with its type. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/** Read entity spans from a valid IOB2 tag sequence. */
export function tagsToSpans(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const type = t.length > 2 ? t.slice(2) : '';
    if (open && !(t.startsWith('I-') && type === open.type)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (t.startsWith('B-') || (t.startsWith('I-') && !open)) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}
