import { createHash } from 'node:crypto';
import type { Analysis } from '../model/analysis.js';
import type { EntityRecord, EntityType } from '../model/annotations.js';
import { foldName, initials, isAcronym } from './normalise.js';
import type { CanonicalEntity } from './types.js';

const GROUP: Record<EntityType, string> = { PERSON: 'person', ORG: 'org', MEDIA: 'org', GPE: 'place', LOC: 'place', NORP: 'norp', MISC: 'misc' };

/** The key a report-level entity groups under: its gazetteer key, else type group + folded name. */
export function entityKey(e: Pick<EntityRecord, 'key' | 'type' | 'name'>): string {
  return e.key ?? `${GROUP[e.type]}:${foldName(e.name)}`;
}

/** Stable canonical id for a key, so curation and links survive relinking. */
export function canonicalId(key: string): string {
  return `c${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
}

function mostCommon<T>(items: T[]): T {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best = items[0];
  for (const [k, n] of counts) if (n > (counts.get(best) ?? 0)) best = k;
  return best;
}

/**
 * Group report-level entities into canonical ones. Precise rules only: the same key (gazetteer
 * key, or compatible type and the same folded name), and an acronym joins the entity whose
 * initials it spells ("U.N." → "United Nations") when exactly one such entity exists. A
 * surname alone stays its own entity unless its report linked it to the full name.
 */
export function buildCanonicalEntities(analyses: Analysis[]): CanonicalEntity[] {
  const groups = new Map<string, { recs: { r: Analysis; e: EntityRecord }[] }>();
  for (const r of analyses) {
    for (const e of r.entityIndex) {
      const k = entityKey(e);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { recs: [] }));
      g.recs.push({ r, e });
    }
  }
  // Acronyms join their expansion.
  const byInitials = new Map<string, string[]>();
  for (const [k, g] of groups) {
    const group = k.split(':')[0];
    for (const { e } of g.recs) {
      const ini = initials(e.name);
      if (ini.length >= 2) {
        const list = byInitials.get(`${group}:${ini}`) ?? [];
        if (!list.includes(k)) list.push(k);
        byInitials.set(`${group}:${ini}`, list);
      }
    }
  }
  for (const [k, g] of [...groups]) {
    const e = g.recs[0].e;
    if (!isAcronym(e.name)) continue;
    const targets = byInitials.get(`${k.split(':')[0]}:${foldName(e.name).replace(/ /g, '')}`)?.filter((t) => t !== k);
    if (targets?.length === 1 && groups.has(targets[0])) {
      groups.get(targets[0])!.recs.push(...g.recs);
      groups.delete(k);
    }
  }
  const out: CanonicalEntity[] = [];
  for (const [key, g] of groups) {
    const names = g.recs.map(({ e }) => e.name);
    const full = names.filter((n) => !isAcronym(n));
    const name = mostCommon(full.length ? full : names);
    const aliases = new Set<string>();
    for (const { e } of g.recs) for (const a of [e.name, ...e.aliases]) if (a !== name) aliases.add(a);
    const roles = g.recs.filter(({ e }) => e.role).map(({ r, e }) => ({ role: e.role!, date: r.report.date, reportId: r.report.id }));
    roles.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.reportId.localeCompare(b.reportId));
    out.push({
      id: canonicalId(key),
      key,
      name,
      type: mostCommon(g.recs.map(({ e }) => e.type)),
      aliases: [...aliases].sort(),
      roles,
      affiliations: [...new Set(g.recs.map(({ e }) => e.affiliation).filter((a): a is string => Boolean(a)))].sort(),
      members: g.recs.map(({ r, e }) => ({ report: r.report.id, entity: e.id, name: e.name })),
      reports: new Set(g.recs.map(({ r }) => r.report.id)).size,
      curated: [],
    });
  }
  out.sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name));
  return out;
}
