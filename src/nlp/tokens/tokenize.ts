import { getWink } from './wink.js';

/** Universal POS tags as wink emits them; index = code stored in the token table. */
export const POS_TAGS = [
  'X', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM',
  'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
const POS_CODE = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));

export interface TokenTable {
  count: number;
  start: Uint32Array;
  end: Uint32Array;
  pos: Uint8Array;
  /** wink's lemma for each token (lower case). */
  lemma: string[];
}

/**
 * wink-nlp splits words at letters beyond Latin-1 ("Petrović" → "Petrovi" + "ć"). Give it a copy
 * of the text where each such letter is replaced, one code unit for one, by its base letter (or
 * "x"), so words stay whole and every offset still points into the original text.
 */
export function latinise(text: string): string {
  return text.replace(/[\p{L}\p{M}]/gu, (ch) => {
    if (ch.length !== 1 || ch.charCodeAt(0) <= 0xff) return ch;
    const base = ch.normalize('NFD')[0];
    return base.charCodeAt(0) <= 0x7f && /[A-Za-z]/.test(base) ? base : 'x';
  });
}

/**
 * Tokenise with wink-nlp and align every token to exact UTF-16 offsets in `text`.
 * wink may normalise a token's value (contractions, odd quotes); such tokens are found by a
 * forward search, and a token that cannot be found is dropped rather than given a wrong span.
 */
export function tokenize(text: string): TokenTable {
  const nlp = getWink();
  const its = nlp.its;
  const plain = latinise(text);
  const wdoc = nlp.readDoc(plain);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const n = values.length;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const pos = new Uint8Array(n);
  const lemma: string[] = new Array(n);
  let k = 0;
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!v || v.trim() === "") continue; // wink emits line breaks as tokens; whitespace is not a token here
    let at = plain.startsWith(v, cursor) ? cursor : -1;
    if (at < 0) {
      at = plain.indexOf(v, cursor);
      // Only accept a match that skips whitespace, never real text.
      if (at >= 0 && plain.slice(cursor, at).trim() !== '') at = -1;
    }
    if (at < 0) continue;
    start[k] = at;
    end[k] = at + v.length;
    pos[k] = POS_CODE.get(tags[i]) ?? 0;
    const original = text.slice(at, at + v.length);
    lemma[k] = (original === v ? (lemmas[i] ?? v) : original).toLowerCase();
    cursor = at + v.length;
    k++;
  }
  lemma.length = k;
  return { count: k, start: start.slice(0, k), end: end.slice(0, k), pos: pos.slice(0, k), lemma };
}
