import { overlapsAny, sortDrafts, draftText, type Draft, type Refiner } from '../draft.js';
import { lookupPlace } from './place-name.js';

/**
 * LOC -> GPE for countries, cities and states the gazetteer knows, with a canonical key
 * (`gpe:US` for "U.S.", "United States", "America"). A country the tagger called ORG or MISC
 * ("Russia said", typed ORG in some training data) is a GPE too. Capitalised country names the
 * tagger missed are added.
 */
export const placesToGpe: Refiner = (drafts, { doc, gaz, words, matches }) => {
  const out: Draft[] = drafts.map((d) => {
    if (d.type === 'PERSON' || d.type === 'NORP' || d.type === 'MEDIA') return d;
    const place = lookupPlace(gaz, draftText(doc, d));
    if (!place) return d;
    if (d.type !== 'LOC' && place.kind !== 'country') return d;
    return { ...d, type: 'GPE', key: `gpe:${place.code}${place.kind === 'city' ? `:${place.name.toLowerCase()}` : ''}`, name: place.name, rule: `${d.rule}+gpe` };
  });
  for (const m of matches) {
    if (m.entry.label !== 'country' && m.entry.label !== 'city') continue;
    if (!/^\p{Lu}/u.test(words[m.start]) || overlapsAny(out, m.start, m.end)) continue;
    const sent = doc.sentences[doc.sentenceOfToken(m.start)];
    // A capitalised word right before (not sentence-initial) or after means a longer name ("Georgia Tech").
    if (m.start - 1 > sent.tokenStart && /^\p{Lu}/u.test(words[m.start - 1])) continue;
    if (m.end < sent.tokenEnd && /^\p{Lu}/u.test(words[m.end])) continue;
    const code = m.entry.data ?? '';
    const isCity = m.entry.label === 'city';
    const name = isCity ? m.entry.phrase : gaz.countries.get(code)?.name ?? m.entry.phrase;
    out.push({ first: m.start, end: m.end, type: 'GPE', confidence: 0.8, rule: `gazetteer-${m.entry.label}`, key: `gpe:${code}${isCity ? `:${name.toLowerCase()}` : ''}`, name });
  }
  return sortDrafts(out);
};
