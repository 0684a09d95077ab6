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

const MODIFIER_ADP = new Set(['of', 'at', 'from', 'in', 'on']);

/**
 * Where a prepositional modifier starts inside a speaker phrase whose head is a common noun that
 * does not stand for someone else ("workers at the port of Sines"; not "a spokesman for the
 * ministry", where the ministry speaks through its spokesman). -1 when there is none.
 */
function modifierStart(ctx: Ctx, span: TokSpan): number {
  for (let k = span.first + 1; k < span.last; k++) {
    const w = word(ctx, k);
    if (w === ',') return -1;
    if (!MODIFIER_ADP.has(w) || pos(ctx, k - 1) !== 'NOUN') continue;
    const head = ctx.doc.lemma(k - 1);
    if (PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || MEDIA_NOUNS.has(head)) return -1;
    return k;
  }
  return -1;
}

/** The last token of the modifier that starts at `pp`: up to a comma or the phrase end. */
function modifierEnd(ctx: Ctx, pp: number, last: number): number {
  for (let k = pp; k <= last; k++) if (word(ctx, k) === ',') return k - 1;
  return last;
}

/** The referent of a written (non-pronoun) phrase. */
export function referentOf(ctx: Ctx, span: TokSpan): Referent {
  const start = tStart(ctx, span.first);
  const end = tEnd(ctx, span.last);
  // "Rui Mota, head of the Fishers' Cooperative": the name before the appositive is the speaker.
  const comma = ctx.text.slice(start, end).indexOf(',');
  // The name at the end of the first part is its head: "Directorate spokesman João Ferreira" is
  // Ferreira; "A Russian newspaper, Ryazan Gazette" is not "Russian" (that name does not end the part).
  const firstEnd = comma > 0 ? start + comma : end;
  const headName = ctx.mentions.find((x) => x.start >= start && x.end === firstEnd) ?? null;
  let m = headName ?? bestMention(ctx, start, end);
  const pp = modifierStart(ctx, span);
  // "Two workers at the port of Sines" are not Sines: a name inside the phrase's modifier is not its referent.
  if (m && pp >= 0 && m.start >= tStart(ctx, pp) && m.start < tEnd(ctx, modifierEnd(ctx, pp, span.last))) m = bestMention(ctx, start, tStart(ctx, pp));
  const rec = m ? ctx.doc.get('entityIndex').find((r) => r.id === m.entity) : undefined;
  if (m) return { entity: m.entity, name: rec?.name ?? m.name, type: rec?.type ?? m.type, at: start };
  // "A Russian newspaper, Ryazan Gazette": the name in an appositive is the better label.
  const parts = ctx.text.slice(start, end).split(/,\s+/).map((p) => p.replace(DETERMINERS, '').trim()).filter((p) => p.length > 0);
  const text = parts.find((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w))) ?? parts[0] ?? '';
  return { entity: null, name: text, type: guessType(ctx, span), at: start };
}
