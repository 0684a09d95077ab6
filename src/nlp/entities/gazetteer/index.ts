import { loadCountries, type Country } from './countries.js';
import { loadDemonyms } from './demonyms.js';
import { CITIES, REGIONS } from './cities.js';
import { MEDIA_NAMES } from './media.js';
import { GOV_BODY_NOMINALS, KNOWN_ORGS } from './org-words.js';
import { createLexicon, type Lexicon, type LexiconEntry } from './lexicon.js';

/** Everything the tagger and the refiners look names up in. */
export interface Gazetteer {
  lexicon: Lexicon;
  countries: Map<string, Country>;
  /** Lower-cased place name -> ISO code, for countries (aliases included). */
  countryByName: Map<string, string>;
  /** Lower-cased city/state name -> ISO code. */
  cityByName: Map<string, string>;
  /** Nationality word (exact case) -> ISO code. */
  demonymToCode: Map<string, string>;
  /** Lower-cased media names. */
  media: Set<string>;
  regions: Set<string>;
}

let cache: Gazetteer | null = null;

/** Build (once) the gazetteer from the packaged country data and our own lists. */
export function loadGazetteer(): Gazetteer {
  if (cache) return cache;
  const entries: LexiconEntry[] = [];
  const countries = new Map<string, Country>();
  const countryByName = new Map<string, string>();
  const cityByName = new Map<string, string>();
  for (const c of loadCountries()) {
    countries.set(c.code, c);
    for (const a of c.aliases) {
      entries.push({ phrase: a, label: 'country', data: c.code });
      countryByName.set(a.toLowerCase(), c.code);
      if (a.startsWith('the ')) countryByName.set(a.slice(4).toLowerCase(), c.code);
    }
    if (c.capital) {
      entries.push({ phrase: c.capital, label: 'city', data: c.code });
      cityByName.set(c.capital.toLowerCase(), c.code);
    }
  }
  for (const [code, names] of Object.entries(CITIES)) {
    for (const n of names) {
      entries.push({ phrase: n, label: 'city', data: code });
      if (!cityByName.has(n.toLowerCase())) cityByName.set(n.toLowerCase(), code);
    }
  }
  for (const r of REGIONS) entries.push({ phrase: r, label: 'region' });
  const demonymToCode = new Map<string, string>();
  for (const d of loadDemonyms()) {
    entries.push({ phrase: d.word, label: 'demonym', data: d.code });
    demonymToCode.set(d.word, d.code);
  }
  for (const m of MEDIA_NAMES) entries.push({ phrase: m, label: 'media' });
  for (const o of KNOWN_ORGS) entries.push({ phrase: o, label: 'org' });
  for (const g of GOV_BODY_NOMINALS) entries.push({ phrase: g, label: 'govbody' });
  cache = {
    lexicon: createLexicon(entries),
    countries,
    countryByName,
    cityByName,
    demonymToCode,
    media: new Set(MEDIA_NAMES.map((m) => m.toLowerCase())),
    regions: new Set(REGIONS.map((r) => r.toLowerCase())),
  };
  return cache;
}
