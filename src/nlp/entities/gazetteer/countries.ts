import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A country as the gazetteer knows it. */
export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** The short English name used for display ("Russia", "United States"). */
  name: string;
  /** Every English name and alias we match, including `name`. */
  aliases: string[];
  capital: string | null;
}

// Everyday names the packages do not list; keyed by ISO code.
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['America', 'the States'],
  GB: ['Britain', 'Great Britain', 'U.K.'],
  NL: ['Holland', 'the Netherlands'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  KP: ['DPRK'],
  KR: ['ROK'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  CI: ["Cote d'Ivoire", "Côte d'Ivoire"],
  AE: ['UAE', 'Emirates'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestine', 'Palestinian territories'],
  TR: ['Turkiye', 'Türkiye'],
  SZ: ['Swaziland'],
  CV: ['Cabo Verde'],
  TL: ['Timor-Leste'],
  MK: ['Macedonia'],
};

// Names that are too ambiguous to match as a country on their own.
const SKIP_ALIASES = new Set(['US', 'Jersey', 'Georgia', 'Chad', 'Guinea', 'Niger', 'Turkey', 'Jordan', 'China']);
// ...except some of them are kept anyway because news uses them as countries far more often.
const KEEP_ANYWAY = new Set(['US', 'Georgia', 'Chad', 'Turkey', 'Jordan', 'China', 'Niger', 'Guinea']);

let cache: Country[] | null = null;

/**
 * All countries with English names and aliases, from `i18n-iso-countries` (names and aliases
 * such as "U.S.", "USA") and `countries-list` (short display names and capitals), plus a few
 * everyday aliases of our own ("America", "Britain").
 */
export function loadCountries(): Country[] {
  if (cache) return cache;
  const iso = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  const list = require('countries-list') as { countries: Record<string, { name: string; capital: string }> };
  const out: Country[] = [];
  for (const [code, names] of Object.entries(iso.countries)) {
    const short = list.countries[code]?.name ?? (Array.isArray(names) ? names[0] : names);
    const set = new Set<string>([short]);
    for (const n of Array.isArray(names) ? names : [names]) {
      if (SKIP_ALIASES.has(n) && !KEEP_ANYWAY.has(n)) continue;
      set.add(n);
    }
    for (const n of EXTRA_ALIASES[code] ?? []) set.add(n);
    const capital = list.countries[code]?.capital || null;
    out.push({ code, name: short, aliases: [...set].filter((a) => !a.includes(',')), capital });
  }
  cache = out;
  return out;
}
