import { getWink, readWinkDoc, type WinkDoc } from './wink.js';

/** Universal POS tags as wink emits them; index = code stored in the token table. */
export const POS_TAGS = [
  'X', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM',
  'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
const POS_CODE = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));
const PART = POS_CODE.get('PART')!;

export interface TokenTable {
  count: number;
  start: Uint32Array;
  end: Uint32Array;
  pos: Uint8Array;
  /** wink's lemma for each token (lower case); reading it lemmatises the whole document. */
  lemma: string[];
  /** The lemma of token `i` alone, computed on first use (tables from `tokenize` have it). */
  lemmaOf?(i: number): string;
}

/** Replace one letter beyond Latin-1 by its base letter, or "x". */
function latinLetter(ch: string): string {
  const base = ch.normalize('NFD')[0];
  return base.charCodeAt(0) <= 0x7f && /[A-Za-z]/.test(base) ? base : 'x';
}

const LETTER = /[\p{L}\p{M}]/u;
const POSSESSIVE = /^(\p{L}[\p{L}\p{M}.-]*)(['’][sS])$/u;
const NO_SOURCE = 0xffffffff;

/** True for the code units `String.prototype.trim` removes (WhiteSpace and LineTerminator). */
function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Could `v` be a possessive ("Poor's")? A cheap test on its last two code units before the regex. */
function maybePossessive(v: string): boolean {
  const n = v.length;
  if (n < 3) return false;
  const s = v.charCodeAt(n - 1);
  const q = v.charCodeAt(n - 2);
  return (s === 0x73 || s === 0x53) && (q === 0x27 || q === 0x2019);
}

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
 * The token table `tokenize` returns. A class (not an object literal with a getter defined on
 * it) so every table has the same fast property layout for the code that reads offsets in hot
 * loops. Lemmas come from the wink document, one token at a time and only when asked for: most
 * components never need them.
 */
class WinkTokenTable implements TokenTable {
  private lemmas: (string | undefined)[] | null = null;
  private winkTokens: ReturnType<WinkDoc['tokens']> | null = null;

  constructor(
    readonly count: number,
    readonly start: Uint32Array,
    readonly end: Uint32Array,
    readonly pos: Uint8Array,
    private readonly text: string,
    /** wink's token values, and for each of our tokens the wink token it is (or NO_SOURCE). */
    private readonly values: string[],
    private readonly source: Uint32Array,
    private readonly wdoc: WinkDoc,
  ) {}

  lemmaOf(j: number): string {
    const lemmas = (this.lemmas ??= new Array<string | undefined>(this.count));
    let l = lemmas[j];
    if (l !== undefined) return l;
    const i = this.source[j];
    const original = this.text.slice(this.start[j], this.end[j]);
    // A token whose text differs from wink's value (a split possessive, a normalised form) is
    // its own lemma; wink's lemma belongs to the value it saw.
    if (i !== NO_SOURCE && original === this.values[i]) {
      const tokens = (this.winkTokens ??= this.wdoc.tokens());
      const its = getWink().its;
      l = ((tokens.itemAt(i).out(its.lemma as unknown as typeof its.value) as string | undefined) ?? this.values[i]).toLowerCase();
    } else {
      l = original.toLowerCase();
    }
    lemmas[j] = l;
    return l;
  }

  get lemma(): string[] {
    const out = new Array<string>(this.count);
    for (let j = 0; j < this.count; j++) out[j] = this.lemmaOf(j);
    return out;
  }
}

/**
 * Tokenise with wink-nlp and align every token to exact UTF-16 offsets in `text`.
 * wink may normalise a token's value (contractions, odd quotes); such tokens are found by a
 * forward search, and a token that cannot be found is dropped rather than given a wrong span.
 * Lemmas are computed on first use: the entity tagger does not need them.
 */
export function tokenize(text: string): TokenTable {
  const its = getWink().its;
  const plain = latinise(text);
  const wdoc = readWinkDoc(plain);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const n = values.length;
  const len = plain.length;
  let start: Uint32Array = new Uint32Array(n);
  let end: Uint32Array = new Uint32Array(n);
  let pos: Uint8Array = new Uint8Array(n);
  let source: Uint32Array = new Uint32Array(n);
  let k = 0;
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!v) continue;
    const lead = isTrimSpace(v.charCodeAt(0));
    if (lead && v.trim() === '') continue; // wink emits line breaks as tokens; whitespace is not a token here
    let at = -1;
    if (plain.startsWith(v, cursor)) at = cursor;
    else if (!lead) {
      // Usually only whitespace precedes the token: skip it and look there. When `v` starts
      // with a non-space, no earlier match can start inside that whitespace, so this finds
      // what the general search below would find.
      let p = cursor;
      while (p < len && isTrimSpace(plain.charCodeAt(p))) p++;
      if (p > cursor && plain.startsWith(v, p)) at = p;
    }
    if (at < 0) {
      at = plain.indexOf(v, cursor);
      // Only accept a match that skips whitespace, never real text.
      if (at >= 0 && plain.slice(cursor, at).trim() !== '') at = -1;
    }
    if (at < 0) continue;
    cursor = at + v.length;
    // wink splits "Poor's" into "Poor" + "'s" the first time it meets the word and keeps it whole
    // once its cache knows it; always splitting keeps the analysis the same whatever came before.
    const possessive = maybePossessive(v) ? POSSESSIVE.exec(v) : null;
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
      pos[k] = PART;
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
  return new WinkTokenTable(k, start.slice(0, k), end.slice(0, k), pos.slice(0, k), text, values, source, wdoc);
}
