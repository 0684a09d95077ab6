/** A character range in a report's text: UTF-16 code units, end-exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A span that also carries its text, so JSON readers need not slice. */
export interface TextSpan extends Span {
  text: string;
}

/** Make a TextSpan from offsets into `text`. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` contains `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
