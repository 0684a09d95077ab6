import { overlapsAny, sortDrafts, draftText, type Draft, type Refiner } from '../draft.js';

/**
 * Nationality words are NORP, linked to their country: a draft whose text is a demonym
 * ("Cuban", "Cubans", tagged MISC or even PER by the tagger) becomes NORP with affiliation Cuba,
 * and capitalised demonyms the tagger left out are added.
 */
export const demonymsToNorp: Refiner = (drafts, { doc, gaz, words, matches }) => {
  const out: Draft[] = drafts.map((d) => {
    const code = gaz.demonymToCode.get(draftText(doc, d));
    if (!code || d.type === 'ORG' || d.type === 'MEDIA') return d;
    const name = gaz.countries.get(code)?.name ?? code;
    return { ...d, type: 'NORP', rule: `${d.rule}+demonym`, affiliation: name, affiliationCode: code, key: `norp:${code}` };
  });
  for (const m of matches) {
    if (m.entry.label !== 'demonym' || m.end - m.start !== 1) continue;
    const i = m.start;
    const w = words[i];
    const code = gaz.demonymToCode.get(w);
    if (!code || overlapsAny(out, i, i + 1)) continue;
    // "Russian-Cuban" style compounds and capitalised words before another capitalised word
    // ("Cuban Missile Crisis") are left to the tagger.
    const next = i + 1 < doc.tokenCount ? words[i + 1] : '';
    if (/^\p{Lu}/u.test(next) && doc.sentenceOfToken(i + 1) === doc.sentenceOfToken(i) && !gaz.demonymToCode.has(next)) continue;
    const name = gaz.countries.get(code)?.name ?? code;
    out.push({ first: i, end: i + 1, type: 'NORP', confidence: 0.9, rule: 'demonym', affiliation: name, affiliationCode: code, key: `norp:${code}` });
  }
  return sortDrafts(out);
};
