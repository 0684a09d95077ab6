import type { CanonicalEntity, Story } from '../link/types.js';
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
  const out: EntityRef[] = [];
  for (const id of ids) {
    const [row] = await store.linkItems('entity', { id });
    if (!row) continue;
    const e = row.data as CanonicalEntity;
    out.push({ id: e.id, name: e.name, type: e.type });
  }
  return out;
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

/** Reports of a story longer than this get no excerpt beyond the first ones (each excerpt reads a whole analysis). */
const EXCERPT_REPORTS = 200;

/** The opening of a report's text (its first sentence, at most 200 characters), for lists where most reports have no title. */
export async function excerpts(store: Store, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of ids.slice(0, EXCERPT_REPORTS)) {
    const a = await store.getAnalysis(id);
    if (!a) continue;
    const first = a.sentences[0];
    const text = (first ? a.text.slice(first.start, first.end) : a.text).replace(/\s+/g, ' ').trim();
    out.set(id, text.length > 200 ? `${text.slice(0, 199)}…` : text);
  }
  return out;
}
