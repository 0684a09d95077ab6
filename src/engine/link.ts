import { foldName } from '../link/normalise.js';
import { linkReports } from '../link/link-reports.js';
import type { LinkResult } from '../link/types.js';
import type { LinkItem, Store } from '../store/store.js';
import { forLinking, loadAllAnalyses } from './load-analyses.js';

export interface LinkSummary {
  entities: number;
  stories: number;
  copies: number;
  closures: number;
  /** Curation operations that no longer apply (their entity is gone), with the reason. */
  skipped: { seq: number; reason: string }[];
  elapsedMs: number;
}

/** Flatten a link result into store rows, each with the key it is looked up by. */
export function toLinkItems(r: LinkResult): LinkItem[] {
  const items: LinkItem[] = [];
  for (const e of r.entities) {
    items.push({ kind: 'entity', id: e.id, ref: e.key, data: e });
    for (const n of new Set([e.name, ...e.aliases].map(foldName))) items.push({ kind: 'entity-name', id: `${e.id}|${n}`, ref: n, data: { entity: e.id } });
    for (const m of e.members) items.push({ kind: 'member', id: `${m.report}:${m.entity}`, ref: e.id, data: m });
  }
  for (const c of r.copies) items.push({ kind: 'copy', id: c.reportId, ref: c.copyOf, data: c });
  for (const s of r.stories) {
    items.push({ kind: 'story', id: s.id, ref: null, data: s });
    for (const id of s.reportIds) items.push({ kind: 'story-report', id, ref: s.id, data: {} });
  }
  for (const c of r.closures) items.push({ kind: 'closure', id: c.unknown, ref: c.closedBy, data: c });
  return items;
}

/**
 * Recompute every cross-report link from the stored reports and the curation log, and replace
 * the stored links in one transaction. Deterministic: the same reports give the same links
 * whatever order or how many workers stored them.
 */
export async function relink(store: Store): Promise<LinkSummary> {
  const t0 = performance.now();
  const analyses = await loadAllAnalyses(store, forLinking);
  const result = linkReports(analyses, await store.curationLog());
  await store.replaceLinkItems(toLinkItems(result));
  return {
    entities: result.entities.length, stories: result.stories.length, copies: result.copies.length, closures: result.closures.length,
    skipped: result.skipped, elapsedMs: performance.now() - t0,
  };
}
