import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A nationality word and the country it points to. */
export interface Demonym {
  word: string;
  code: string;
}

// Forms the package lacks or gets unusual; ISO code -> words (adjective and plural noun).
const EXTRA: Record<string, string[]> = {
  AR: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'],
  GB: ['Briton', 'Britons', 'English', 'Scottish', 'Welsh', 'Scot', 'Scots'],
  US: ['Americans'],
  PH: ['Filipinos', 'Philippine'],
  NL: ['Dutchman', 'Dutchmen'],
  FR: ['Frenchman', 'Frenchmen'],
  CN: ['Chinese'],
  JP: ['Japanese'],
  VN: ['Vietnamese'],
  PS: ['Palestinian', 'Palestinians'],
  CD: ['Congolese'],
  BA: ['Bosnian', 'Bosnians'],
  KR: ['Korean', 'Koreans'],
  SA: ['Saudi', 'Saudis'],
  NZ: ['Kiwi', 'New Zealanders'],
  TW: ['Taiwanese'],
  HK: ['Hongkonger', 'Hongkongers'],
  DO: ['Dominican', 'Dominicans'],
  CZ: ['Czech', 'Czechs'],
  TR: ['Turk', 'Turks'],
  DK: ['Dane', 'Danes'],
  SE: ['Swede', 'Swedes'],
  FI: ['Finn', 'Finns'],
  PL: ['Pole', 'Poles'],
  ES: ['Spaniard', 'Spaniards'],
  EU: [],
};

/** Words ending like these take no plural -s ("Chinese", "British", "Dutch", "Swiss"). */
const NO_PLURAL = /(?:ese|ish|ch|ss|i)$/;

let cache: Demonym[] | null = null;

/**
 * Nationality words from `i18n-nationality` (adjectives: "Cuban") with derived plural nouns
 * ("Cubans") and a small list of our own for forms it lacks ("Briton", "Argentine").
 * Entries that are only a territory's name ("Bermuda") are skipped.
 */
export function loadDemonyms(): Demonym[] {
  if (cache) return cache;
  const nat = require('i18n-nationality/langs/en.json') as { nationalities: Record<string, string> };
  const seen = new Set<string>();
  const out: Demonym[] = [];
  const add = (word: string, code: string) => {
    if (!word || seen.has(word)) return;
    seen.add(word);
    out.push({ word, code });
  };
  for (const [code, raw] of Object.entries(nat.nationalities)) {
    const cleaned = raw.replace(/\s*\(.*\)\s*/g, '');
    if (cleaned.includes(',')) continue;
    for (const part of cleaned.split(/\s+-\s+|\s+or\s+/)) {
      const w = part.trim();
      if (!/(?:an|ese|ish|ch|ss|i|er|ic|ite|ine|ean|ot|ek|ene|en|in|ik|yz|ino)$/.test(w)) continue; // names, not demonyms
      add(w, code);
      if (!NO_PLURAL.test(w)) add(`${w}s`, code);
    }
  }
  for (const [code, words] of Object.entries(EXTRA)) for (const w of words) add(w, code);
  cache = out;
  return out;
}
