import { getWink, readWinkDoc } from './wink.js';

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
  /** wink's lemma for each token (lower case), computed on first use. */
  lemma: string[];
}

/** Replace one letter beyond Latin-1 by its base letter, or "x". */
function latinLetter(ch: string): string {
  const base = ch.normalize('NFD')[0];
  return base.charCodeAt(0) <= 0x7f && /[A-Za-z]/.test(base) ? base : 'x';
}

const LETTER = /[\p{L}\p{M}]/u;
const POSSESSIVE = /^(\p{L}[\p{L}\p{M}.-]*)(['’][sS])$/u;
const NO_SOURCE = 0xffffffff;

/** Double the token arrays (a split possessive adds a token). */
function grow(start: Uint32Array, end: Uint32Array, pos: Uint8Array, source: Uint32Array) {
  const n = start.length * 2 + 8;
  const s = new Uint32Array(n);
  const e = new Uint32Array(n);
  const p = new Uint8Array(n);
  const o = new Uint32Array(n);
  s.set(start);
  e.set(end);
  p.set(pos);
  o.set(source);
  return { start: s, end: e, pos: p, source: o };
}

/**
 * wink-nlp splits words at letters beyond Latin-1 ("Petrović" → "Petrovi" + "ć"). Give it a copy
 * of the text where each such letter is replaced, one code unit for one, by its base letter (or
 * "x"), so words stay whole and every offset still points into the original text. Most news text
 * needs no change and is returned as is; typographic punctuation (U+2000–U+206F) is skipped fast.
 */
export function latinise(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff || (c >= 0x2000 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)) continue;
    const ch = text[i];
    if (!LETTER.test(ch)) continue;
    out += text.slice(from, i) + latinLetter(ch);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Tokenise with wink-nlp and align every token to exact UTF-16 offsets in `text`.
 * wink may normalise a token's value (contractions, odd quotes); such tokens are found by a
 * forward search, and a token that cannot be found is dropped rather than given a wrong span.
 * Lemmas are computed on first use: the entity tagger does not need them.
 */
export function tokenize(text: string): TokenTable {
  const nlp = getWink();
  const its = nlp.its;
  const plain = latinise(text);
  const wdoc = readWinkDoc(plain);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const n = values.length;
  let start: Uint32Array = new Uint32Array(n);
  let end: Uint32Array = new Uint32Array(n);
  let pos: Uint8Array = new Uint8Array(n);
  let source: Uint32Array = new Uint32Array(n);
  let k = 0;
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!v || v.trim() === '') continue; // wink emits line breaks as tokens; whitespace is not a token here
    let at = plain.startsWith(v, cursor) ? cursor : -1;
    if (at < 0) {
      at = plain.indexOf(v, cursor);
      // Only accept a match that skips whitespace, never real text.
      if (at >= 0 && plain.slice(cursor, at).trim() !== '') at = -1;
    }
    if (at < 0) continue;
    cursor = at + v.length;
    // wink splits "Poor's" into "Poor" + "'s" the first time it meets the word and keeps it whole
    // once its cache knows it; always splitting keeps the analysis the same whatever came before.
    const possessive = POSSESSIVE.exec(v);
    if (possessive) {
      if (k + 2 > start.length) ({ start, end, pos, source } = grow(start, end, pos, source));
      const cut = at + possessive[1].length;
      start[k] = at;
      end[k] = cut;
      pos[k] = POS_CODE.get(tags[i]) ?? 0;
      source[k] = NO_SOURCE;
      k++;
      start[k] = cut;
      end[k] = cursor;
      pos[k] = POS_CODE.get('PART')!;
      source[k] = NO_SOURCE;
      k++;
      continue;
    }
    if (k + 1 > start.length) ({ start, end, pos, source } = grow(start, end, pos, source));
    start[k] = at;
    end[k] = cursor;
    pos[k] = POS_CODE.get(tags[i]) ?? 0;
    source[k] = i;
    k++;
  }
  let lemmaCache: string[] | null = null;
  const table = { count: k, start: start.slice(0, k), end: end.slice(0, k), pos: pos.slice(0, k) } as TokenTable;
  Object.defineProperty(table, 'lemma', {
    enumerable: true,
    get(): string[] {
      if (lemmaCache) return lemmaCache;
      const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      lemmaCache = new Array<string>(k);
      for (let j = 0; j < k; j++) {
        const i = source[j];
        const original = text.slice(table.start[j], table.end[j]);
        lemmaCache[j] = (i !== NO_SOURCE && original === values[i] ? (lemmas[i] ?? values[i]) : original).toLowerCase();
      }
      return lemmaCache;
    },
  });
  return table;
}
