import { draftText, type Refiner } from '../draft.js';

/** Legal-form suffixes that only companies carry. */
const COMPANY_SUFFIXES = new Set(['ag', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'sa', 's.a.', 'nv', 'n.v.', 'co.', 'lp', 'llp', 'bv']);

/**
 * Organisation cues the tagger misses: a name ending in a company suffix ("Daimler AG") is an
 * ORG, and a single-word PERSON that the organisation gazetteer knows ("Ford", "Boeing") is an
 * ORG unless the report also names a person with that surname ("Gerald Ford").
 */
export const orgCues: Refiner = (drafts, { doc, matches, words }) => {
  const knownOrg = new Set<number>();
  for (const m of matches) if (m.entry.label === 'org' && m.end - m.start === 1) knownOrg.add(m.start);
  const surnames = new Set<string>();
  for (const d of drafts) if (d.type === 'PERSON' && d.end - d.first >= 2) surnames.add(words[d.end - 1]);
  return drafts.map((d) => {
    if (d.type !== 'PERSON' && d.type !== 'LOC' && d.type !== 'MISC') return d;
    const last = words[d.end - 1].toLowerCase();
    if (d.end - d.first >= 2 && COMPANY_SUFFIXES.has(last)) return { ...d, type: 'ORG', rule: `${d.rule}+org-suffix` };
    if (d.type === 'PERSON' && d.end - d.first === 1 && knownOrg.has(d.first) && !surnames.has(draftText(doc, d))) {
      return { ...d, type: 'ORG', rule: `${d.rule}+known-org` };
    }
    return d;
  });
};
