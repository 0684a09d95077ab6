import { isDateWord, isPronoun } from '../features/word-classes.js';
import { draftText, type Refiner } from '../draft.js';

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'there', 'here', 'last', 'next', 'early', 'late', 'mid']);

/**
 * Drop drafts that are not names: pronouns ("It" at a sentence start included), month and
 * weekday names, date phrases such as "Last August", and spans with no upper-case letter
 * (news capitalises names; lower-case spans are almost always tagger noise).
 */
export const dropNonNames: Refiner = (drafts, { doc }) =>
  drafts.filter((d) => {
    const words: string[] = [];
    for (let i = d.first; i < d.end; i++) words.push(doc.token(i).toLowerCase());
    // "US" is a country, "us" a pronoun: an all-capitals token is never taken for a pronoun.
    const allCaps = d.end - d.first === 1 && /^\p{Lu}{2,}$/u.test(doc.token(d.first));
    if (!allCaps && words.every((w) => isPronoun(w) || FUNCTION_WORDS.has(w))) return false;
    if (words.some(isDateWord) && words.every((w) => isDateWord(w) || FUNCTION_WORDS.has(w) || /^\d+(st|nd|rd|th)?$/.test(w))) return false;
    if (!/\p{Lu}/u.test(draftText(doc, d))) return false;
    return true;
  });
