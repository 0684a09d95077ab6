import { HONORIFICS, ROLE_HEADS } from '../gazetteer/roles.js';
import { MEDIA_HEAD_WORDS } from '../gazetteer/media.js';
import { ORG_HEAD_WORDS } from '../gazetteer/org-words.js';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'his', 'its', 'our',
  'their', 'this', 'that', 'these', 'those', 'who', 'what']);

/** Closed word classes that help the tagger: role words, organisation and media heads, dates, pronouns. */
export function wordClasses(lower: string): string[] {
  const out: string[] = [];
  if (ROLE_HEADS.has(lower)) out.push(HONORIFICS.has(lower) ? 'honorific' : 'role');
  if (ORG_HEAD_WORDS.has(lower)) out.push('orghead');
  if (MEDIA_HEAD_WORDS.has(lower)) out.push('mediahead');
  if (MONTHS.has(lower)) out.push('month');
  if (WEEKDAYS.has(lower)) out.push('weekday');
  if (PRONOUNS.has(lower)) out.push('pronoun');
  return out;
}

/** True for month and weekday names, which are never entities here. */
export function isDateWord(lower: string): boolean {
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}

/** True for personal and demonstrative pronouns. */
export function isPronoun(lower: string): boolean {
  return PRONOUNS.has(lower);
}
