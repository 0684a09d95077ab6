import type { Mention } from '../../model/annotations.js';
import type { Doc } from '../../model/doc.js';
import type { PosTag } from '../tokens/tokenize.js';
import { findQuotes, type Quote } from './quotes.js';

/** Inclusive token range. */
export interface TokSpan {
  first: number;
  last: number;
}

/** Everything the statement rules read about one report, computed once. */
export interface Ctx {
  doc: Doc;
  text: string;
  quotes: Quote[];
  /** Entity mentions sorted by start; empty when the entity layer is empty. */
  mentions: Mention[];
  /** Lower-cased token texts. */
  words: string[];
}

/** Build the shared rule context for a Doc. */
export function createCtx(doc: Doc): Ctx {
  const words: string[] = new Array(doc.tokenCount);
  for (let i = 0; i < doc.tokenCount; i++) words[i] = doc.token(i).toLowerCase();
  const mentions = [...doc.get('entities')].sort((a, b) => a.start - b.start);
  return { doc, text: doc.text, quotes: findQuotes(doc.text), mentions, words };
}

export const pos = (ctx: Ctx, i: number): PosTag => ctx.doc.pos(i);
export const word = (ctx: Ctx, i: number): string => ctx.words[i] ?? '';
export const lemma = (ctx: Ctx, i: number): string => ctx.doc.lemma(i) ?? '';

/** Character start of token `i`. */
export const tStart = (ctx: Ctx, i: number): number => ctx.doc.tokens.start[i];
/** Character end of token `i`. */
export const tEnd = (ctx: Ctx, i: number): number => ctx.doc.tokens.end[i];

const QUOTE_MARKS = new Set(['“', '”', '"', "'", '‘', '’', '«', '»', "''", '``']);
/** True for any quotation mark token. */
export const isQuoteMark = (ctx: Ctx, i: number): boolean => QUOTE_MARKS.has(ctx.words[i] ?? '');

const TERMINALS = new Set(['.', '!', '?', '…', '...']);
/** True for a sentence-final punctuation token. */
export const isTerminal = (ctx: Ctx, i: number): boolean => TERMINALS.has(ctx.words[i] ?? '');

/** The sentence index and its token bounds [start, end). */
export function sentenceBounds(ctx: Ctx, si: number): { s: number; e: number } {
  const sent = ctx.doc.sentences[si];
  return { s: sent.tokenStart, e: sent.tokenEnd };
}

/** True when a blank line or line break separates tokens `a` and `a+1`. */
export function lineBreakAfter(ctx: Ctx, a: number): boolean {
  if (a + 1 >= ctx.doc.tokenCount) return true;
  return ctx.text.slice(tEnd(ctx, a), tStart(ctx, a + 1)).includes('\n');
}

/** True for a quotation mark token that closes a quotation ("…,” she said). */
export function isClosingQuote(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i] ?? '';
  if (w === '”' || w === '’' || w === '»' || w === "''") return true;
  if (w !== '"' && w !== "'") return false;
  const end = tEnd(ctx, i);
  return ctx.quotes.some((q) => q.end === end);
}
