import { overlapsAny, sortDrafts, draftText, type Draft, type Refiner } from '../draft.js';
import { lookupPlace } from './place-name.js';

/**
 * LOC -> GPE for countries, cities and states the gazetteer knows, with a canonical key
 * (`gpe:US` for "U.S.", "United States", "America"). A country the tagger called ORG or MISC
 * ("Russia said", typed ORG in some training data) is a GPE too. Capitalised country names the
 * tagger missed are added.
 */
export const placesToGpe: Refiner = (drafts, { doc, gaz }) => {
  const out: Draft[] = drafts.map((d) => {
    if (d.type === 'PERSON' || d.type === 'NORP' || d.type === 'MEDIA') return d;
    const place = lookupPlace(gaz, draftText(doc, d));
    if (!place) return d;
    if (d.type !== 'LOC' && place.kind !== 'country') return d;
    return { ...d, type: 'GPE', key: `gpe:${place.code}${place.kind === 'city' ? `:${place.name.toLowerCase()}` : ''}`, name: place.name, rule: `${d.rule}+gpe` };
  });
  for (const s of doc.sentences) {
    const words: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(doc.token(i));
    const lower = words.map((w) => w.toLowerCase());
    for (const m of gaz.lexicon.matchAll(words, lower)) {
      if (m.entry.label !== 'country' && m.entry.label !== 'city') continue;
      const first = s.tokenStart + m.start;
      const end = s.tokenEnd > s.tokenStart + m.end ? s.tokenStart + m.end : s.tokenEnd;
      if (!/^\p{Lu}/u.test(words[m.start]) || overlapsAny(out, first, end)) continue;
      // A capitalised word right before or after means a longer name ("Georgia Tech", "New Mexico State").
      if ((m.start > 0 && /^\p{Lu}/u.test(words[m.start - 1]) && m.start - 1 > 0) || (m.end < words.length && /^\p{Lu}/u.test(words[m.end]))) continue;
      const place = lookupPlace(gaz, words.slice(m.start, m.end).join(' ')) ?? { code: m.entry.data ?? '', kind: m.entry.label, name: m.entry.phrase };
      const code = m.entry.data ?? place.code;
      const name = m.entry.label === 'country' ? gaz.countries.get(code)?.name ?? m.entry.phrase : m.entry.phrase;
      out.push({ first, end, type: 'GPE', confidence: 0.8, rule: `gazetteer-${m.entry.label}`, key: `gpe:${code}${m.entry.label === 'city' ? `:${name.toLowerCase()}` : ''}`, name });
    }
  }
  return sortDrafts(out);
};
