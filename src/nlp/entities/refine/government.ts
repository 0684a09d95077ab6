import type { Refiner } from '../draft.js';

const NOT_ACTIONS = new Set(['be', 'have', 'seem', 'remain', 'become', 'lie', 'sit', 'border', 'cover', 'include', 'contain']);

/**
 * A place name used for its government: a GPE that is the subject of an action or speech verb
 * ("Havana is acting", "Russia said", "Cuba was using") gets `government: true`. Subject-ness is
 * approximated: the GPE is not after a preposition, and a verb (optionally after auxiliaries or
 * "has/is") follows within three tokens. Being/having ("Cuba is a close ally") does not count.
 */
export const governmentUse: Refiner = (drafts, { doc }) =>
  drafts.map((d) => {
    if (d.type !== 'GPE') return d;
    const sent = doc.sentences[doc.sentenceOfToken(d.first)];
    if (d.first > sent.tokenStart) {
      const prev = doc.pos(d.first - 1);
      if (prev === 'ADP' || prev === 'DET' || prev === 'ADJ' || prev === 'NOUN') return d;
    }
    for (let i = d.end; i < Math.min(d.end + 3, sent.tokenEnd); i++) {
      const p = doc.pos(i);
      const w = doc.token(i);
      if (p === 'VERB' && !NOT_ACTIONS.has(doc.lemma(i))) return { ...d, government: true };
      if (p === 'AUX' || p === 'ADV' || p === 'PART' || /^["“”]$/.test(w)) continue;
      break;
    }
    return d;
  });
