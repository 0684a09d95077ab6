import type { EntityType, Mention } from '../../../model/annotations.js';
import { pos, tEnd, tStart, word, type Ctx, type TokSpan } from '../context.js';
import { MEDIA_NOUNS, ORG_NOUNS, PERSON_NOUNS } from '../lexicon/nouns.js';

/** What a speaker phrase refers to: an entity when the entity layer knows it, else a name. */
export interface Referent {
  entity: string | null;
  name: string;
  type: EntityType | null;
  /** Character offset where the referring phrase starts (for recency). */
  at: number;
}

const DETERMINERS = /^(the|a|an|this|that|these|those)\s+/i;

/** The mention that best covers a span: the one overlapping it most, the later one on ties. */
export function bestMention(ctx: Ctx, start: number, end: number): Mention | null {
  let best: Mention | null = null;
  let bestLen = 0;
  for (const m of ctx.mentions) {
    if (m.start >= end) break;
    const len = Math.min(end, m.end) - Math.max(start, m.start);
    if (len > 0 && len >= bestLen) {
      best = m;
      bestLen = len;
    }
  }
  return best;
}

/** A guess at the type of a noun phrase from its head word, for agreement without entities. */
export function guessType(ctx: Ctx, span: TokSpan): EntityType | null {
  const head = word(ctx, span.last);
  const lemma = ctx.doc.lemma(span.last);
  if (head === 'he' || head === 'she') return 'PERSON';
  if (MEDIA_NOUNS.has(lemma)) return 'MEDIA';
  if (ORG_NOUNS.has(lemma)) return 'ORG';
  if (PERSON_NOUNS.has(lemma)) return 'PERSON';
  let propn = 0;
  for (let k = span.first; k <= span.last; k++) if (pos(ctx, k) === 'PROPN') propn++;
  // Two capitalised names in a row, with no organisation word, are most often a person.
  if (propn >= 2 && pos(ctx, span.last) === 'PROPN') return 'PERSON';
  return null;
}

/** The referent of a written (non-pronoun) phrase. */
export function referentOf(ctx: Ctx, span: TokSpan): Referent {
  const start = tStart(ctx, span.first);
  const end = tEnd(ctx, span.last);
  const m = bestMention(ctx, start, end);
  const rec = m ? ctx.doc.get('entityIndex').find((r) => r.id === m.entity) : undefined;
  if (m) return { entity: m.entity, name: rec?.name ?? m.name, type: rec?.type ?? m.type, at: start };
  // "A Russian newspaper, Ryazan Gazette": the name in an appositive is the better label.
  const parts = ctx.text.slice(start, end).split(/,\s+/).map((p) => p.replace(DETERMINERS, '').trim()).filter((p) => p.length > 0);
  const text = parts.find((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w))) ?? parts[0] ?? '';
  return { entity: null, name: text, type: guessType(ctx, span), at: start };
}
