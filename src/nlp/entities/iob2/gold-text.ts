import type { IobDoc, IobSentence } from './read-iob2.js';
import { tagsToSpans } from './tag-spans.js';

/** A gold entity as a character span in the rebuilt document text. */
export interface GoldEntity {
  start: number;
  end: number;
  type: string;
}

/** A gold document rebuilt as running text, with each gold token's character offsets. */
export interface GoldText {
  id: string;
  text: string;
  /** Per sentence: [start, end) of each gold token in `text`. */
  offsets: { starts: number[]; ends: number[] }[];
  entities: GoldEntity[];
}

/**
 * Place one sentence's gold tokens in its `# text` line: each token must follow the previous one
 * with only whitespace between. Returns null when some token is not found that way (the text and
 * the token stream disagree), so the caller falls back to joining tokens with spaces.
 */
export function alignToText(tokens: readonly string[], text: string): { starts: number[]; ends: number[] } | null {
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const t of tokens) {
    let at = text.startsWith(t, cursor) ? cursor : text.indexOf(t, cursor);
    if (at < 0 || text.slice(cursor, at).trim() !== '') return null;
    starts.push(at);
    ends.push(at + t.length);
    cursor = at + t.length;
  }
  return { starts, ends };
}

function joinWithSpaces(tokens: readonly string[]): { text: string; starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += t;
    ends.push(text.length);
  }
  return { text, starts, ends };
}

function sentenceText(s: IobSentence): { text: string; starts: number[]; ends: number[] } {
  if (s.text !== undefined) {
    const aligned = alignToText(s.tokens, s.text);
    if (aligned) return { text: s.text, ...aligned };
  }
  return joinWithSpaces(s.tokens);
}

/**
 * Rebuild a gold document as the text our pipeline reads: each sentence's own `# text` when the
 * gold tokens align to it, otherwise the tokens joined by single spaces; sentences are separated
 * by a blank line (which always ends a sentence for our splitter). Gold entities become character
 * spans from their first token's start to their last token's end.
 */
export function goldDocText(doc: IobDoc): GoldText {
  let text = '';
  const offsets: GoldText['offsets'] = [];
  const entities: GoldEntity[] = [];
  for (const s of doc.sentences) {
    if (text !== '') text += '\n\n';
    const base = text.length;
    const st = sentenceText(s);
    text += st.text;
    const starts = st.starts.map((x) => x + base);
    const ends = st.ends.map((x) => x + base);
    offsets.push({ starts, ends });
    for (const sp of tagsToSpans(s.tags)) entities.push({ start: starts[sp.start], end: ends[sp.end - 1], type: sp.type });
  }
  return { id: doc.id, text, offsets, entities };
}
