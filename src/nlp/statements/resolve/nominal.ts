import type { Mention } from '../../../model/annotations.js';
import { pos, tEnd, tStart, word, type Ctx, type TokSpan } from '../context.js';
import { MEDIA_NOUNS, ORG_NOUNS, PERSON_NOUNS } from '../lexicon/nouns.js';
import { npEndingAt } from '../noun-phrase.js';
import type { Prior } from './pronoun.js';
import { bestMention, guessType, referentOf, type Referent } from './referent.js';

const DEFINITE = new Set(['the', 'this', 'that']);

/** True for "the ministry", "the foreign ministry", "the official": definite, no proper name. */
export function isDefiniteNominal(ctx: Ctx, span: TokSpan): boolean {
  if (!DEFINITE.has(word(ctx, span.first))) return false;
  for (let k = span.first; k <= span.last; k++) if (pos(ctx, k) === 'PROPN') return false;
  const head = ctx.doc.lemma(span.last);
  return PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || MEDIA_NOUNS.has(head);
}

/**
 * Resolve "the (foreign) ministry" / "the newspaper" / "the official" to an earlier, fuller
 * mention: (1) an earlier speaker whose name contains the head noun; (2) the latest entity mention
 * whose text contains it; (3) the latest entity mention of the head's type; (4) the latest earlier
 * noun phrase in the text ending in the same head ("The Cuban foreign ministry").
 */
export function resolveNominal(ctx: Ctx, span: TokSpan, priors: readonly Prior[]): { ref: Referent; rule: string } | null {
  const head = word(ctx, span.last);
  const at = tStart(ctx, span.first);
  const type = guessType(ctx, span);
  for (let k = priors.length - 1; k >= 0; k--) {
    const p = priors[k];
    if (p.ref.at < at && p.ref.name.toLowerCase().split(/\s+/).includes(head)) return { ref: p.ref, rule: 'nominal-previous-speaker' };
  }
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.end <= at && m.text.toLowerCase().split(/\s+/).includes(head)) return { ref: referentOfMention(ctx, m.start, m.end), rule: 'nominal-head-match' };
  }
  if (BUSINESS_HEADS.has(head)) {
    const org = latestOrgLike(ctx, at);
    if (org) return { ref: referentOfMention(ctx, org.start, org.end), rule: 'nominal-org-name' };
  }
  if (type) {
    const places = placeNames(ctx);
    for (let k = ctx.mentions.length - 1; k >= 0; k--) {
      const m = ctx.mentions[k];
      // A name the report also uses for a place ("off Sines") is a poor speaker for "the company".
      if (m.end <= at && m.type === type && !places.has(m.text.toLowerCase())) return { ref: referentOfMention(ctx, m.start, m.end), rule: 'nominal-type' };
    }
  }
  for (let i = ctx.doc.tokenAtOrAfter(at) - 1; i >= 0; i--) {
    if (word(ctx, i) !== head) continue;
    const np = npEndingAt(ctx, i, Math.max(0, i - 8));
    if (np && np.last - np.first > span.last - span.first) return { ref: referentOf(ctx, np), rule: 'nominal-text' };
  }
  return null;
}

/** Heads of nominals that stand for a business: "the company", "the firm", "the operator". */
const BUSINESS_HEADS = new Set(['company', 'firm', 'operator', 'owner', 'carrier', 'airline', 'corporation', 'shipowner', 'insurer', 'lender', 'retailer', 'manufacturer']);

/** Last words of business names ("Vellmar Shipping", "Acme Corp"). */
const ORG_NAME_ENDINGS = new Set([
  'shipping', 'inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'group', 'holdings', 'company', 'co', 'airlines',
  'airways', 'lines', 'bank', 'partners', 'industries', 'systems', 'technologies', 'energy', 'motors', 'logistics',
  'foods', 'pharmaceuticals', 'insurance', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'maritime', 'shipyard', 'salvage',
]);

/** Lower-cased names of every mention the entity layer types as a place. */
function placeNames(ctx: Ctx): Set<string> {
  const out = new Set<string>();
  for (const m of ctx.mentions) if (m.type === 'LOC' || m.type === 'GPE') out.add(m.text.toLowerCase());
  return out;
}

/**
 * The latest mention before `at` whose name reads as a business ("Vellmar Shipping", "Acme
 * Corp"), whatever type the tagger gave it, that is not also a place.
 */
function latestOrgLike(ctx: Ctx, at: number): Mention | null {
  const places = placeNames(ctx);
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k];
    if (m.end > at || places.has(m.text.toLowerCase())) continue;
    const words = m.text.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
    if (words.length >= 2 && ORG_NAME_ENDINGS.has(words[words.length - 1])) return m;
  }
  return null;
}

function referentOfMention(ctx: Ctx, start: number, end: number): Referent {
  const m = bestMention(ctx, start, end)!;
  const rec = ctx.doc.get('entityIndex').find((r) => r.id === m.entity);
  return { entity: m.entity, name: rec?.name ?? m.name, type: rec?.type ?? m.type, at: m.start };
}

export { tEnd };
