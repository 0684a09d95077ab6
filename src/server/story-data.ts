import type { Story } from '../link/types.js';
import { MAX_BATCH_IDS, type Store } from '../store/store.js';

/** A canonical entity as the UI names it: enough to link to its page. */
export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

/** A story as listed: counts and origins, without its (possibly long) report list. */
export interface StorySummary {
  id: string;
  title: string;
  first: string | null;
  last: string | null;
  reports: number;
  independentSources: number;
  origins: string[];
  /** The most central canonical entities, named. */
  entities: EntityRef[];
}

/** How many central entities a story summary names. */
const SUMMARY_ENTITIES = 6;

/** Canonical entities by id, in the given order; ids no longer stored are skipped. */
export async function entityRefs(store: Store, ids: string[]): Promise<EntityRef[]> {
  return store.canonicalRefs(ids);
}

/** The list form of a story. */
export async function storySummary(store: Store, s: Story): Promise<StorySummary> {
  return {
    id: s.id, title: s.title, first: s.first, last: s.last, reports: s.reports, independentSources: s.independentSources,
    origins: s.origins, entities: await entityRefs(store, s.entities.slice(0, SUMMARY_ENTITIES)),
  };
}

/** Stories holding any of the given reports, each once, in the order first met (batch reads: an entity may be in thousands of reports). */
export async function storiesOfReports(store: Store, reportIds: Iterable<string>): Promise<Story[]> {
  const reports = [...new Set(reportIds)];
  const ids = new Set<string>();
  for (let i = 0; i < reports.length; i += MAX_BATCH_IDS) {
    for (const row of await store.linkItemsIn('story-report', reports.slice(i, i + MAX_BATCH_IDS))) if (row.ref) ids.add(row.ref);
  }
  const out: Story[] = [];
  const list = [...ids];
  for (let i = 0; i < list.length; i += MAX_BATCH_IDS) {
    for (const row of await store.linkItemsIn('story', list.slice(i, i + MAX_BATCH_IDS))) out.push(row.data as Story);
  }
  return out;
}
