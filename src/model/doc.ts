import type { Diagnostic } from './diagnostic.js';
import type { LayerName, Layers } from './annotations.js';
import type { Report } from './report.js';
import type { Span } from './span.js';
import { POS_TAGS, type PosTag, type TokenTable } from '../nlp/tokens/tokenize.js';
import type { Sentence } from '../nlp/tokens/sentences.js';

/** Layers the Doc has from the start, before any component runs. */
export type BaseLayer = 'tokens' | 'sentences' | 'pos';
export type AnyLayer = BaseLayer | LayerName;

/**
 * A report's text with its token table (typed arrays) and named annotation layers.
 * Offsets are UTF-16 code units into `text`, end-exclusive.
 */
export class Doc {
  readonly report: Report;
  readonly text: string;
  readonly tokens: TokenTable;
  readonly sentences: Sentence[];
  readonly diagnostics: Diagnostic[] = [];
  private readonly layers = new Map<LayerName, unknown[]>();
  /** Sentence index of each token. */
  private readonly tokenSentence: Uint32Array;

  constructor(report: Report, tokens: TokenTable, sentences: Sentence[]) {
    this.report = report;
    this.text = report.text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.tokenSentence = new Uint32Array(tokens.count);
    sentences.forEach((s, si) => this.tokenSentence.fill(si, s.tokenStart, s.tokenEnd));
  }

  get tokenCount(): number {
    return this.tokens.count;
  }

  /** The text of token `i`. */
  token(i: number): string {
    return this.text.slice(this.tokens.start[i], this.tokens.end[i]);
  }

  pos(i: number): PosTag {
    return POS_TAGS[this.tokens.pos[i]] ?? 'X';
  }

  /** wink's lemma of token `i` (lower case), computed for that token alone when first asked for. */
  lemma(i: number): string {
    const t = this.tokens;
    return t.lemmaOf ? t.lemmaOf(i) : t.lemma[i];
  }

  /** Sentence index that token `i` belongs to. */
  sentenceOfToken(i: number): number {
    return this.tokenSentence[i];
  }

  /** Index of the sentence containing character `offset`, or -1. */
  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Index of the first token whose end is after `offset` (binary search), or tokenCount. */
  tokenAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens.end[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Token index range [first, last+1) covered by a character span. */
  tokenRange(span: Span): { first: number; end: number } {
    const first = this.tokenAtOrAfter(span.start);
    let end = first;
    while (end < this.tokens.count && this.tokens.start[end] < span.end) end++;
    return { first, end };
  }

  has(layer: AnyLayer): boolean {
    if (layer === 'tokens' || layer === 'sentences' || layer === 'pos') return true;
    return this.layers.has(layer);
  }

  /** A layer's items; an empty array when the layer was never set. */
  get<K extends LayerName>(layer: K): Layers[K] {
    return (this.layers.get(layer) ?? []) as Layers[K];
  }

  set<K extends LayerName>(layer: K, items: Layers[K]): void {
    this.layers.set(layer, items);
  }

  /** Record a content problem found while analysing this report. */
  addDiagnostic(d: Diagnostic): void {
    this.diagnostics.push(d);
  }
}
