import { entityView } from '../engine/canonical.js';
import type { EntityPage } from '../engine/queries-entity.js';
import type { CanonicalEntity, CurationRecord } from '../link/types.js';
import type { Store } from '../store/store.js';
import { storiesOfReports, storySummary, type StorySummary } from './story-data.js';

/** The entity page the API answers: the report-level page plus the canonical identity across reports. */
export interface ApiEntityPage extends EntityPage {
  /** One real thing across reports: aliases, roles over time, affiliations (null before linking). */
  canonical: CanonicalEntity | null;
  /** Other canonical entities that share the name or an alias (another type, or split apart). */
  others: { id: string; name: string; type: string; reports: number }[];
  /** The curation edits that shaped the canonical entity, oldest first. */
  curation: CurationRecord[];
  /** Stories the entity appears in, largest first. */
  stories: StorySummary[];
}

/** An empty report-level page, for a canonical entity whose name no stored record uses any more (renamed). */
function emptyPage(c: CanonicalEntity): EntityPage {
  return {
    name: c.name, types: [{ type: c.type, count: c.reports }], keys: [c.key], aliases: c.aliases, roles: [...new Set(c.roles.map((r) => r.role))],
    affiliations: c.affiliations, reports: [], reportCount: 0, statementsBy: [], statementsAbout: [], events: [], coActors: [], reportsRead: 0,
  };
}

/** Everything about one entity by name, alias or canonical id; null when the store has nothing under it. */
export async function apiEntityPage(store: Store, name: string): Promise<ApiEntityPage | null> {
  const view = await entityView(store, name);
  if (!view) return null;
  const { canonical } = view;
  const page = view.page ?? emptyPage(canonical!);
  let curation: CurationRecord[] = [];
  if (canonical?.curated.length) curation = (await store.curationLog()).filter((r) => canonical.curated.includes(r.seq));
  const memberReports = canonical ? canonical.members.map((m) => m.report) : page.reports.map((r) => r.id);
  const stories = (await storiesOfReports(store, memberReports)).sort((a, b) => b.reports - a.reports || a.id.localeCompare(b.id));
  const summaries: StorySummary[] = [];
  for (const s of stories) summaries.push(await storySummary(store, s));
  return {
    ...page,
    // The canonical name and aliases win over one report's wording: one real thing shows once.
    name: canonical?.name ?? page.name,
    aliases: canonical ? [...new Set([...canonical.aliases, ...page.aliases])].filter((a) => a !== canonical.name) : page.aliases,
    canonical,
    others: view.others.map((o) => ({ id: o.id, name: o.name, type: o.type, reports: o.reports })),
    curation,
    stories: summaries,
  };
}
