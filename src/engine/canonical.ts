import { foldName } from '../link/normalise.js';
import type { CanonicalEntity, CurationOp, CurationRecord } from '../link/types.js';
import { applyCuration, CurationError } from '../link/curation.js';
import type { Store } from '../store/store.js';
import { entityPage, type EntityPage } from './queries-entity.js';
import { relink, type LinkSummary } from './link.js';

/** Canonical entities whose name or alias is `name` (case and accents ignored), or whose id it is. */
export async function findCanonical(store: Store, name: string): Promise<CanonicalEntity[]> {
  const [byId] = await store.linkItems('entity', { id: name });
  if (byId) return [byId.data as CanonicalEntity];
  const rows = await store.linkItems('entity-name', { ref: foldName(name) });
  const out: CanonicalEntity[] = [];
  for (const r of rows) {
    const [e] = await store.linkItems('entity', { id: (r.data as { entity: string }).entity });
    if (e) out.push(e.data as CanonicalEntity);
  }
  return out.sort((a, b) => b.reports - a.reports);
}

export interface EntityView {
  /** The canonical entity across reports (null before linking). */
  canonical: CanonicalEntity | null;
  /** Other canonical entities with the same name or alias (different type, or split apart). */
  others: CanonicalEntity[];
  page: EntityPage | null;
}

/** The entity page: canonical identity (aliases, roles over time, affiliations) plus statements, events and co-occurring actors. */
export async function entityView(store: Store, name: string): Promise<EntityView | null> {
  const found = await findCanonical(store, name);
  const canonical = found[0] ?? null;
  const page = await entityPage(store, canonical?.name ?? name);
  if (!canonical && !page) return null;
  return { canonical, others: found.slice(1), page };
}

/**
 * Apply a curation operation: check it against the current entities, record it with a
 * timestamp (it is replayed after every relink), and relink.
 */
export async function curate(store: Store, op: CurationOp): Promise<{ record: CurationRecord; link: LinkSummary }> {
  const entities = (await store.linkItems('entity')).map((i) => i.data as CanonicalEntity);
  // Try it first, so the log holds only operations that apply now.
  const trial = applyCuration(entities, [{ seq: 0, at: '', op }]);
  if (trial.skipped.length) throw new CurationError('entity/curation-failed', trial.skipped[0].reason);
  const record = await store.appendCuration(op);
  const link = await relink(store);
  return { record, link };
}
