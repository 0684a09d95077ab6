import { GOV_BODY_NOMINALS } from '../gazetteer/org-words.js';
import { overlapsAny, sortDrafts, type Draft, type Refiner } from '../draft.js';
import { lookupOwner } from './place-name.js';

const NOMINALS = GOV_BODY_NOMINALS.map((n) => n.split(' '));

/**
 * A demonym or country followed by a lower-case government-body nominal is an organisation:
 * "the Cuban foreign ministry" -> ORG "Cuban foreign ministry" (affiliation Cuba), "Russia's
 * military" -> ORG. Drafts inside the new span (the tagger's "Cuban" MISC) give way to it.
 */
export const govBody: Refiner = (drafts, { doc, gaz }) => {
  const added: Draft[] = [];
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = doc.token(i);
      if (!/^\p{Lu}/u.test(w)) continue;
      const owner = lookupOwner(gaz, w);
      if (!owner) continue;
      let j = i + 1;
      if (j < s.tokenEnd && /^['’]s$/.test(doc.token(j))) j++;
      for (const words of NOMINALS) {
        if (j + words.length > s.tokenEnd) continue;
        if (!words.every((x, k) => doc.token(j + k) === x)) continue;
        const end = j + words.length;
        // "the Russian military forces": stop at the nominal, but not inside a capitalised name.
        added.push({ first: i, end, type: 'ORG', confidence: 0.9, rule: 'gov-body', affiliation: owner.name, affiliationCode: owner.code });
        break;
      }
    }
  }
  if (added.length === 0) return drafts;
  const kept = drafts.filter((d) => !overlapsAny(added, d.first, d.end));
  return sortDrafts([...kept, ...added]);
};
