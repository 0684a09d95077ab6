import { MEDIUM_NOUNS } from './lexicon/nouns.js';
import { pos, word, type Ctx } from './context.js';

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'recently',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'time', 'day',
]);
const TIME_LEADS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'next', 'that', 'in', 'the', 'a', 'at']);
const CHAIN_LEMMAS = new Set([
  'go', 'begin', 'start', 'proceed', 'prompt', 'quick', 'correct', 'right', 'careful', 'eager', 'able', 'ready',
  'move', 'rush', 'hasten', 'seem', 'appear', 'try', 'attempt', 'manage', 'need', 'have', 'use', 'get', 'happy',
  'willing', 'likely', 'unlikely', 'sure', 'certain', 'expect',
]);
const NEGATION = new Set(['not', "n't", 'never', 'no']);

/**
 * Step left from token `i` over what may sit between a speaker and its cue: auxiliaries
 * ("has since"), negation, adverbs ("also", "reportedly"), time phrases ("on Monday") and
 * a parenthetical ", however,". Returns the index of the token before them.
 */
export function skipLeftModifiers(ctx: Ctx, i: number, min: number): number {
  let j = i;
  while (j >= min) {
    const w = word(ctx, j);
    const p = pos(ctx, j);
    if (p === 'AUX' || NEGATION.has(w) || (p === 'ADV' && w !== 'when' && w !== 'where' && w !== 'how') || w === 'since') {
      j--;
      continue;
    }
    if (TIME_WORDS.has(w) && (p === 'PROPN' || p === 'NOUN' || p === 'ADV')) {
      let k = j - 1;
      while (k >= min && (TIME_LEADS.has(word(ctx, k)) || pos(ctx, k) === 'NUM')) k--;
      j = k;
      continue;
    }
    if (w === ',' && j - 2 >= min && pos(ctx, j - 1) === 'ADV' && word(ctx, j - 2) === ',') {
      j -= 3;
      continue;
    }
    // "went on to say", "was prompted to say", "is quick to note": a verb chain that only leads
    // into the cue. Chain verbs that are cues themselves ("wants to", "refused to") are left alone.
    if (w === 'to' && p === 'PART') {
      let k = j - 1;
      while (k >= min && (pos(ctx, k) === 'ADV' || word(ctx, k) === 'on' || word(ctx, k) === 'by')) k--;
      if (k >= min && CHAIN_LEMMAS.has(ctx.doc.lemma(k) ?? '') && (pos(ctx, k) === 'VERB' || pos(ctx, k) === 'ADJ' || pos(ctx, k) === 'AUX')) {
        j = k - 1;
        continue;
      }
    }
    // "seemed to suggest", "wants to", "is expected to": the cue's verb chain.
    if ((p === 'VERB' && (w === 'seemed' || w === 'appeared' || w === 'tried' || w === 'went')) || w === 'expected' || w === 'likely') {
      j--;
      continue;
    }
    break;
  }
  return j;
}

export interface RightSkip {
  /** First token after the modifiers. */
  next: number;
  medium: string | null;
}

/**
 * Step right from token `i` over what may sit between a cue and its content: adverbs, time
 * phrases, "in a statement" / "in an interview with X" (which name the medium), "on Twitter"
 * and "to reporters".
 */
export function skipRightModifiers(ctx: Ctx, i: number, max: number): RightSkip {
  let j = i;
  let medium: string | null = null;
  while (j <= max) {
    const w = word(ctx, j);
    const p = pos(ctx, j);
    if ((p === 'ADV' && w !== 'how' && w !== 'why' && w !== 'when' && w !== 'where') || (TIME_WORDS.has(w) && p === 'PROPN')) {
      j++;
      continue;
    }
    if ((w === 'on' || w === 'last' || w === 'this' || w === 'earlier') && j + 1 <= max) {
      let k = w === 'on' ? j + 1 : j;
      if (word(ctx, k) === 'twitter' || word(ctx, k) === 'facebook' || word(ctx, k) === 'x' || word(ctx, k) === 'instagram') {
        medium = medium ?? 'post';
        j = k + 1;
        continue;
      }
      while (k <= max && (TIME_LEADS.has(word(ctx, k)) || pos(ctx, k) === 'NUM')) k++;
      if (k <= max && TIME_WORDS.has(word(ctx, k))) {
        j = k + 1;
        continue;
      }
    }
    if (w === 'in' || w === 'during' || w === 'at') {
      let k = j + 1;
      while (k <= max && (pos(ctx, k) === 'DET' || pos(ctx, k) === 'ADJ' || word(ctx, k) === 'its' || word(ctx, k) === 'his' || word(ctx, k) === 'her' || word(ctx, k) === 'their' || pos(ctx, k) === 'PROPN' || (pos(ctx, k) === 'NOUN' && !MEDIUM_NOUNS.has(ctx.doc.lemma(k))))) k++;
      if (k <= max && MEDIUM_NOUNS.has(ctx.doc.lemma(k))) {
        medium = medium ?? ctx.doc.lemma(k);
        j = k + 1;
        // "… with CNN", "… to reporters", "… on Monday"
        if ((word(ctx, j) === 'with' || word(ctx, j) === 'to' || word(ctx, j) === 'on' || word(ctx, j) === 'published') && j + 1 <= max) {
          j++;
          while (j <= max && (pos(ctx, j) === 'DET' || pos(ctx, j) === 'PROPN' || pos(ctx, j) === 'NOUN' || pos(ctx, j) === 'ADJ' || pos(ctx, j) === 'PART')) j++;
        }
        continue;
      }
    }
    if (j === i && (w === 'out' || w === 'up' || w === 'back') && pos(ctx, j) !== 'NOUN') {
      j++;
      continue;
    }
    if (w === 'to' && j + 1 <= max && (word(ctx, j + 1) === 'reporters' || word(ctx, j + 1) === 'journalists')) {
      j += 2;
      continue;
    }
    break;
  }
  return { next: j, medium };
}
