import type { Analysis } from '../model/analysis.js';
import { foldName } from './normalise.js';
import type { CopyLink } from './types.js';

// News agencies whose copy other outlets carry; a report crediting one counts it as its origin.
const AGENCIES = new Set([
  'ap', 'associated press', 'afp', 'agence france presse', 'agence france-presse', 'reuters', 'efe', 'agencia efe', 'dpa',
  'ansa', 'xinhua', 'tass', 'ria novosti', 'interfax', 'kyodo', 'yonhap', 'anadolu', 'anadolu agency', 'pti', 'press trust of india',
  'aap', 'canadian press', 'upi', 'bloomberg', 'europa press', 'lusa', 'ana', 'mena', 'wafa', 'irna', 'prensa latina', 'apa',
]);

/** True for a credited source that is a news agency (lexicon, or a name like "... Press Agency"). */
export function isAgency(source: string): boolean {
  const f = foldName(source);
  return AGENCIES.has(f) || /\b(agency|agencia|agence|wire|news service|press association)\b/.test(f);
}

/**
 * Where a report's information comes from: a copy counts with its original's origins; otherwise
 * the agencies it credits, or, if none, every credited source; an uncredited report is its own.
 */
export function reportOrigins(analyses: Map<string, Analysis>, copies: CopyLink[]): Map<string, string[]> {
  const copyOf = new Map(copies.map((c) => [c.reportId, c.copyOf]));
  const own = (a: Analysis): string[] => {
    const s = a.report.sources;
    const agencies = s.filter(isAgency);
    if (agencies.length) return agencies;
    if (s.length) return s;
    return [a.report.outlet ?? `report ${a.report.id}`];
  };
  const out = new Map<string, string[]>();
  for (const [id, a] of analyses) {
    const root = copyOf.get(id);
    out.set(id, own(root && analyses.has(root) ? analyses.get(root)! : a));
  }
  return out;
}

/** Count distinct origins, case and accents folded. */
export function countOrigins(origins: string[][]): { count: number; names: string[] } {
  const seen = new Map<string, string>();
  for (const list of origins) for (const o of list) if (!seen.has(foldName(o))) seen.set(foldName(o), o);
  return { count: seen.size, names: [...seen.values()].sort() };
}
