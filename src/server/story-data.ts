import type { Story } from '../link/types.js';
import type { Store } from '../store/store.js';

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

/** Stories holding any of the given reports, each once, in the order first met. */
export async function storiesOfReports(store: Store, reportIds: Iterable<string>): Promise<Story[]> {
  const ids: string[] = [];
  for (const r of new Set(reportIds)) {
    for (const row of await store.linkItems('story-report', { id: r })) if (row.ref && !ids.includes(row.ref)) ids.push(row.ref);
  }
  const out: Story[] = [];
  for (const id of ids) {
    const [row] = await store.linkItems('story', { id });
    if (row) out.push(row.data as Story);
  }
  return out;
}
