import type { EntityType } from '../../model/annotations.js';
import type { Doc } from '../../model/doc.js';

/** A mention being built: token range [first, end) in the Doc, plus what the refiners add. */
export interface Draft {
  first: number;
  end: number;
  type: EntityType;
  confidence: number;
  rule: string;
  role?: string;
  /** Display name of the owner ("Cuba"), and its ISO code when known. */
  affiliation?: string;
  affiliationCode?: string;
  government?: boolean;
  /** Canonical key (e.g. `gpe:CU`) and display name, when a gazetteer knows the thing. */
  key?: string;
  name?: string;
  /** Text of another mention this one is an alias of ("X, formerly known as Twitter"). */
  aliasOf?: number;
}

/** Character span of a draft. */
export function draftSpan(doc: Doc, d: Draft): { start: number; end: number } {
  return { start: doc.tokens.start[d.first], end: doc.tokens.end[d.end - 1] };
}

/** Surface text of a draft. */
export function draftText(doc: Doc, d: Draft): string {
  const s = draftSpan(doc, d);
  return doc.text.slice(s.start, s.end);
}

/** Everything a refiner may consult. */
export interface RefineContext {
  doc: Doc;
  gaz: import('./gazetteer/index.js').Gazetteer;
  /** Token texts, by Doc token index. */
  words: string[];
  /** Gazetteer matches over the whole Doc, in Doc token indices (never across sentences). */
  matches: import('./gazetteer/lexicon.js').LexiconMatch[];
}

/** A refiner: takes the drafts (sorted by position) and returns the new list. */
export type Refiner = (drafts: Draft[], ctx: RefineContext) => Draft[];

/** Sort drafts by start, longer first. */
export function sortDrafts(drafts: Draft[]): Draft[] {
  return drafts.sort((a, b) => a.first - b.first || b.end - a.end);
}

/** True when the token range [first, end) overlaps any draft. */
export function overlapsAny(drafts: readonly Draft[], first: number, end: number): boolean {
  return drafts.some((d) => d.first < end && first < d.end);
}
