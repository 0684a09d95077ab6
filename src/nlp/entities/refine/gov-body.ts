import { GOV_BODY_NOMINALS } from '../gazetteer/org-words.js';
import { overlapsAny, sortDrafts, type Draft, type Refiner } from '../draft.js';
import { lookupOwner } from './place-name.js';

const NOMINALS = GOV_BODY_NOMINALS.map((n) => n.split(' '));

/**
 * A demonym or country followed by a lower-case government-body nominal is an organisation:
 * "the Cuban foreign ministry" -> ORG "Cuban foreign ministry" (affiliation Cuba), "Russia's
 * military" -> ORG. Drafts inside the new span (the tagger's "Cuban" MISC) give way to it.
 * Owners are found among the gazetteer matches, so only their positions are inspected.
 */
export const govBody: Refiner = (drafts, { doc, gaz, words, matches }) => {
  const added: Draft[] = [];
  for (const m of matches) {
    if ((m.entry.label !== 'demonym' && m.entry.label !== 'country') || m.end - m.start !== 1) continue;
    const i = m.start;
    const w = words[i];
    if (!/^\p{Lu}/u.test(w)) continue;
    const owner = lookupOwner(gaz, w);
    if (!owner) continue;
    const sentEnd = doc.sentences[doc.sentenceOfToken(i)].tokenEnd;
    let j = i + 1;
    if (j < sentEnd && /^['’]s$/.test(words[j])) j++;
    for (const nominal of NOMINALS) {
      if (j + nominal.length > sentEnd) continue;
      if (!nominal.every((x, k) => words[j + k] === x)) continue;
      added.push({ first: i, end: j + nominal.length, type: 'ORG', confidence: 0.9, rule: 'gov-body', affiliation: owner.name, affiliationCode: owner.code });
      break;
    }
  }
  if (added.length === 0) return drafts;
  const kept = drafts.filter((d) => !overlapsAny(added, d.first, d.end));
  return sortDrafts([...kept, ...added]);
};
