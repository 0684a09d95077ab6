import type { Gazetteer } from '../gazetteer/index.js';

/** A country or city the gazetteer knows, from a mention's text ("the United States", "U.S."). */
export function lookupPlace(gaz: Gazetteer, text: string): { code: string; kind: 'country' | 'city'; name: string } | null {
  const t = text.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim().toLowerCase();
  const c = gaz.countryByName.get(t);
  if (c) return { code: c, kind: 'country', name: gaz.countries.get(c)?.name ?? text };
  const city = gaz.cityByName.get(t);
  if (city) return { code: city, kind: 'city', name: text.replace(/^the\s+/i, '').replace(/['’]s$/, '') };
  return null;
}

/** The country a word or phrase points to, as a demonym ("Cuban") or a country name ("Cuba", "Cuba's"). */
export function lookupOwner(gaz: Gazetteer, text: string): { code: string; name: string } | null {
  const d = gaz.demonymToCode.get(text);
  const code = d ?? gaz.countryByName.get(text.replace(/['’]s$/, '').toLowerCase());
  if (!code) return null;
  return { code, name: gaz.countries.get(code)?.name ?? text };
}
