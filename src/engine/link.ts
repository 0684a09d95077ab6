import { foldName } from '../link/normalise.js';
import { compactView, findClosures, gapNeeds, hasClosableGap, type LaterView } from '../link/closures.js';
import { digestForLinking } from '../link/digest.js';
import { linkStructure } from '../link/link-reports.js';
import type { LinkResult } from '../link/types.js';
import type { LinkItem, Store } from '../store/store.js';
import { loadAllAnalyses, loadAnalyses } from './load-analyses.js';

/** Reports read at once while closing gaps. */
const CLOSURE_CHUNK = 200;

export interface LinkSummary {
  entities: number;
  stories: number;
  copies: number;
  closures: number;
  /** Curation operations that no longer apply (their entity is gone), with the reason. */
  skipped: { seq: number; reason: string }[];
  elapsedMs: number;
}

/** A link result as store rows, each with the key it is looked up by, made one at a time. */
export function* linkItemsOf(r: LinkResult): Generator<LinkItem> {
  for (const e of r.entities) {
    yield { kind: 'entity', id: e.id, ref: e.key, data: e };
    for (const n of new Set([e.name, ...e.aliases].map(foldName))) yield { kind: 'entity-name', id: `${e.id}|${n}`, ref: n, data: { entity: e.id } };
    for (const m of e.members) yield { kind: 'member', id: `${m.report}:${m.entity}`, ref: e.id, data: m };
  }
  for (const c of r.copies) yield { kind: 'copy', id: c.reportId, ref: c.copyOf, data: c };
  for (const s of r.stories) {
    yield { kind: 'story', id: s.id, ref: null, data: s };
    for (const id of s.reportIds) yield { kind: 'story-report', id, ref: s.id, data: {} };
  }
  for (const c of r.closures) yield { kind: 'closure', id: c.unknown, ref: c.closedBy, data: c };
}

/** Flatten a link result into store rows, each with the key it is looked up by. */
export function toLinkItems(r: LinkResult): LinkItem[] {
  return [...linkItemsOf(r)];
}

/**
 * Recompute every cross-report link from the stored reports and the curation log, and replace
 * the stored links in one transaction. Deterministic: the same reports give the same links
 * whatever order or how many workers stored them. The same links as `linkReports` over every
 * analysis, built in two passes to bound memory: entities, copies and stories from slim
 * stand-ins of every report, then closed gaps story by story, for stories that hold a closable
 * gap, from compact views of their reports' analyses (only what could close those gaps); the rows
 * are written as they are made.
 */
export async function relink(store: Store): Promise<LinkSummary> {
  const t0 = performance.now();
  const structure = linkStructure(await loadAllAnalyses(store, digestForLinking), await store.curationLog());
  const closures = [];
  for (const story of structure.stories) {
    if (!story.reportIds.some((id) => hasClosableGap(structure.byId.get(id)!))) continue;
    // Full analyses a chunk at a time, each reduced to what closing gaps reads: a story may hold thousands of reports.
    const views = new Map<string, LaterView>();
    const words = new Map<string, string>();
    const needs = gapNeeds(story.reportIds.map((id) => structure.byId.get(id)!), structure.ctx);
    for (let i = 0; i < story.reportIds.length; i += CLOSURE_CHUNK) {
      for (const a of await loadAnalyses(store, story.reportIds.slice(i, i + CLOSURE_CHUNK))) views.set(a.report.id, compactView(a, structure.ctx, needs, words));
    }
    closures.push(...findClosures([story], structure.byId, structure.copyOf, structure.ctx, views));
  }
  const result = { entities: structure.entities, copies: structure.copies, stories: structure.stories, closures };
  // The slim reports are no longer needed; let them go before the rows are written.
  structure.byId.clear();
  await store.replaceLinkItems(linkItemsOf(result));
  return {
    entities: result.entities.length, stories: result.stories.length, copies: result.copies.length, closures: result.closures.length,
    skipped: structure.skipped, elapsedMs: performance.now() - t0,
  };
}
