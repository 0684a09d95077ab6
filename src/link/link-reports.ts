import type { Analysis } from '../model/analysis.js';
import { buildCanonicalEntities } from './canonical-entities.js';
import { findClosures, type ClosureContext } from './closures.js';
import { findCopies, linkOrder } from './copies.js';
import { applyCuration } from './curation.js';
import { reportOrigins } from './origins.js';
import { buildStories } from './stories.js';
import type { CanonicalEntity, CopyLink, CurationRecord, LinkResult, Story } from './types.js';

/** Canonical entities, copies and stories, with the lookups closing gaps needs. */
export interface LinkStructure {
  entities: CanonicalEntity[];
  copies: CopyLink[];
  stories: Story[];
  skipped: { seq: number; reason: string }[];
  byId: Map<string, Analysis>;
  copyOf: Map<string, string>;
  ctx: ClosureContext;
}

/**
 * Everything but closed gaps: canonical entities (with curation replayed), copies and stories.
 * Reads reports' headers, entity records and text digests only, so slim stand-ins
 * (digest.ts `digestForLinking`) give the same result as full analyses.
 */
export function linkStructure(analyses: Analysis[], curation: CurationRecord[] = []): LinkStructure {
  const sorted = [...analyses].sort(linkOrder);
  const byId = new Map(sorted.map((a) => [a.report.id, a]));
  const { entities, skipped } = applyCuration(buildCanonicalEntities(sorted), curation);
  const member = new Map<string, Map<string, string>>();
  for (const e of entities) {
    for (const m of e.members) {
      let inReport = member.get(m.report);
      if (!inReport) member.set(m.report, (inReport = new Map()));
      inReport.set(m.entity, e.id);
    }
  }
  const canonicalOf = (report: string, entity: string) => member.get(report)?.get(entity);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const copies = findCopies(sorted);
  const origins = reportOrigins(byId, copies);
  const stories = buildStories(sorted, copies, origins, canonicalOf, (id) => entityById.get(id)?.name);
  const copyOf = new Map(copies.map((c) => [c.reportId, c.copyOf]));
  return { entities, copies, stories, skipped, byId, copyOf, ctx: { canonicalOf, entities: entityById } };
}

/**
 * Link every report: canonical entities (with curation replayed), copies, stories and closed gaps.
 * A pure function of the reports and the curation log, so any ingest order, any number of
 * workers and any re-run give the same result.
 */
export function linkReports(analyses: Analysis[], curation: CurationRecord[] = []): LinkResult & { skipped: { seq: number; reason: string }[] } {
  const s = linkStructure(analyses, curation);
  const closures = findClosures(s.stories, s.byId, s.copyOf, s.ctx);
  return { entities: s.entities, copies: s.copies, stories: s.stories, closures, skipped: s.skipped };
}
