import { findDisagreements, type Disagreement } from '../link/disagreements.js';
import type { CopyLink, Story } from '../link/types.js';
import type { Analysis } from '../model/analysis.js';
import type { EventRecord, Statement } from '../model/annotations.js';
import { decodeCursor, encodeCursor } from '../store/cursor.js';
import type { CanonicalRef, InReport, Store, StoryGap, StoryOutlet } from '../store/store.js';
import { closuresFor, type StoryReport, type StoryUnknown } from './stories.js';

/** Reports on a story page unless asked otherwise, and the most one page holds. */
export const STORY_PAGE = 20;
export const MAX_STORY_PAGE = 100;
/** Disagreements are looked for among this many independent reports, earliest first. */
export const DISAGREEMENT_REPORTS = 25;
/** How far into a story's reports the search for independent ones goes (copies are skipped). */
const INDEPENDENT_SCAN = 1000;
const SCAN_CHUNK = 200;

export interface StoryPageReport extends StoryReport {
  /** The report's outlet, else its first credited source. */
  outlet: string;
  /** Its first sentence. */
  excerpt: string;
}

/**
 * One page of a story. Story-wide figures (outlets, copies, gaps, disagreements) come from link
 * rows and batch queries, never from every analysis; the lists hold the page's reports and what
 * they say. Disagreements cover at most DISAGREEMENT_REPORTS independent reports, and say so.
 */
export interface StoryPage extends Omit<Story, 'reportIds'> {
  entityList: CanonicalRef[];
  /** Reports per outlet across the whole story, with how many are copies. */
  outlets: StoryOutlet[];
  /** Reports that are (near-)copies of an earlier one, across the whole story. */
  copies: number;
  /** Gaps across the whole story; one gap stated by several reports (a wire and its reprints) counts once. */
  gaps: { open: number; closed: number; statements: number };
  disagreements: Disagreement[];
  /** Which independent reports the disagreements come from: the first `reports` of `independent`. */
  disagreementScope: { reports: number; independent: number; capped: boolean };
  /** Where this page starts in the story's reports (by date), and its size. */
  page: { offset: number; limit: number };
  reportList: StoryPageReport[];
  statements: (Statement & { reportId: string; reportDate: string | null })[];
  events: (EventRecord & { reportId: string; reportDate: string | null })[];
  unknowns: StoryUnknown[];
}

/** The key the UI groups a gap's restatements by; counts here must agree with it. */
const gapKey = (g: StoryGap) => [g.kind, (g.subject ?? '').toLowerCase(), g.about.toLowerCase(), g.closedBy ? 'closed' : 'open', g.closedBy ?? ''].join('|');

function countGaps(gaps: StoryGap[]): StoryPage['gaps'] {
  const open = new Set<string>();
  const closed = new Set<string>();
  for (const g of gaps) (g.closedBy ? closed : open).add(gapKey(g));
  return { open: open.size, closed: closed.size, statements: gaps.length };
}

/** The first `want` reports of a story that are not copies, in story order, looking at most INDEPENDENT_SCAN ids. */
async function independentReports(store: Store, ids: string[], want: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < Math.min(ids.length, INDEPENDENT_SCAN) && out.length < want; i += SCAN_CHUNK) {
    const chunk = ids.slice(i, i + SCAN_CHUNK);
    const copies = new Set((await store.linkItemsIn('copy', chunk)).map((c) => c.id));
    for (const id of chunk) if (!copies.has(id) && out.length < want) out.push(id);
  }
  return out;
}

/** Disagreements read only texts and statements, so the analyses are built from those alone. */
async function disagreementsAmong(store: Store, ids: string[]): Promise<Disagreement[]> {
  if (ids.length === 0) return [];
  const [heads, layers] = await Promise.all([store.reportHeaders(ids, { text: true }), store.reportLayers(ids)]);
  const statements = groupItems(layers.statements);
  const analyses: Analysis[] = heads.map((h) => ({
    report: { id: h.id, date: h.date, sources: h.sources, title: h.title, url: null, outlet: h.outlet },
    text: h.text ?? '', sentences: [], entities: [], entityIndex: [], statements: statements.get(h.id) ?? [],
    events: [], dates: [], unknowns: [], diagnostics: [],
  }));
  return findDisagreements(analyses);
}

function groupItems<T>(rows: InReport<T>[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.reportId);
    if (list) list.push(r.item);
    else out.set(r.reportId, [r.item]);
  }
  return out;
}

/**
 * A page of one story: `limit` of its reports in date order from `cursor`, with their statements,
 * events and gaps (open or closed), plus the story-wide figures. `next` continues the reports.
 * Null when the story is not stored.
 */
export async function storyPage(
  store: Store, id: string, page: { limit?: number; cursor?: string | null } = {},
): Promise<{ view: StoryPage; next: string | null } | null> {
  const [row] = await store.linkItems('story', { id });
  if (!row) return null;
  const { reportIds, ...story } = row.data as Story;
  const limit = Math.min(Math.max(1, page.limit ?? STORY_PAGE), MAX_STORY_PAGE);
  const offset = Math.min(decodeCursor(page.cursor), reportIds.length);
  const ids = reportIds.slice(offset, offset + limit);

  const [outlets, gapRows, entityList, heads, layers, copyRows] = await Promise.all([
    store.storyOutlets(id), store.storyGaps(id), store.canonicalRefs(story.entities),
    store.reportHeaders(ids), store.reportLayers(ids), store.linkItemsIn('copy', ids),
  ]);
  const copies = outlets.reduce((n, o) => n + o.copies, 0);
  const independent = Math.max(0, reportIds.length - copies);
  const scope = await independentReports(store, reportIds, DISAGREEMENT_REPORTS);
  const disagreements = await disagreementsAmong(store, scope);

  const copyOf = new Map(copyRows.map((c) => [c.id, (c.data as CopyLink).copyOf]));
  const closures = await closuresFor(store, layers.unknowns.map((u) => `${u.reportId}:${u.item.id}`));
  const view: StoryPage = {
    ...story,
    entityList,
    outlets,
    copies,
    gaps: countGaps(gapRows),
    disagreements,
    disagreementScope: { reports: scope.length, independent, capped: scope.length < independent },
    page: { offset, limit },
    reportList: heads.map((h) => ({
      id: h.id, date: h.date, title: h.title, sources: h.sources, copyOf: copyOf.get(h.id) ?? null,
      outlet: h.outlet ?? h.sources[0] ?? '(uncredited)', excerpt: h.excerpt,
    })),
    statements: layers.statements.map((s) => ({ ...s.item, reportId: s.reportId, reportDate: s.reportDate })),
    events: layers.events.map((e) => ({ ...e.item, reportId: e.reportId, reportDate: e.reportDate })),
    unknowns: layers.unknowns.map((u) => {
      const c = closures.get(`${u.reportId}:${u.item.id}`) ?? null;
      return { ...u.item, reportId: u.reportId, reportDate: u.reportDate, status: c ? 'closed' : 'open', closedBy: c };
    }),
  };
  return { view, next: offset + limit < reportIds.length ? encodeCursor(offset + limit) : null };
}
