import type { Analysis } from '../model/analysis.js';
import type { EventRecord, Statement, Unknown } from '../model/annotations.js';
import { findDisagreements, type Disagreement } from '../link/disagreements.js';
import type { Closure, CopyLink, Story } from '../link/types.js';
import { MAX_BATCH_IDS, type InReport, type Store } from '../store/store.js';
import { loadAnalyses } from './load-analyses.js';

export interface StoryReport {
  id: string;
  date: string | null;
  title: string | null;
  sources: string[];
  /** Set when this report is a (near-)copy of an earlier one: it does not count as a source. */
  copyOf: string | null;
}

export interface StoryUnknown extends Unknown {
  reportId: string;
  reportDate: string | null;
  status: 'open' | 'closed';
  closedBy: Closure | null;
}

export interface StoryView extends Story {
  reportList: StoryReport[];
  /** Reports grouped by the outlet that published them (first credited source). */
  byOutlet: { outlet: string; reports: string[] }[];
  statements: (Statement & { reportId: string; reportDate: string | null })[];
  events: (EventRecord & { reportId: string; reportDate: string | null })[];
  unknowns: StoryUnknown[];
  disagreements: Disagreement[];
}

/** Every story, largest first. */
export async function listStories(store: Store): Promise<Story[]> {
  const stories = (await store.linkItems('story')).map((i) => i.data as Story);
  return stories.sort((a, b) => b.reports - a.reports || (b.last ?? '').localeCompare(a.last ?? '') || a.id.localeCompare(b.id));
}

/** Closure rows for the given gaps (`<reportId>:<unknownId>`). */
export async function closuresFor(store: Store, unknownRefs: string[]): Promise<Map<string, Closure>> {
  const out = new Map<string, Closure>();
  for (let i = 0; i < unknownRefs.length; i += MAX_BATCH_IDS) {
    for (const row of await store.linkItemsIn('closure', unknownRefs.slice(i, i + MAX_BATCH_IDS))) out.set(row.id, row.data as Closure);
  }
  return out;
}

/** A stored gap with the report it came from, and whether a later report closed it. */
export type GapRow = InReport<Unknown> & { status: 'open' | 'closed'; closedBy: Closure | null };

/** Tag stored gaps as open or closed, from the closure links (no analyses are read). */
export async function withClosureStatus(store: Store, rows: InReport<Unknown>[]): Promise<GapRow[]> {
  const closed = await closuresFor(store, rows.map((u) => `${u.reportId}:${u.item.id}`));
  return rows.map((u) => {
    const c = closed.get(`${u.reportId}:${u.item.id}`) ?? null;
    return { ...u, status: c ? 'closed' : 'open', closedBy: c };
  });
}

/** Tag gaps in the given reports as open or closed. */
export async function unknownsWithStatus(store: Store, analyses: Analysis[]): Promise<StoryUnknown[]> {
  const rows = analyses.flatMap((a) => a.unknowns.map((item) => ({ reportId: a.report.id, reportDate: a.report.date, sources: a.report.sources, item })));
  return (await withClosureStatus(store, rows)).map((u) => ({ ...u.item, reportId: u.reportId, reportDate: u.reportDate, status: u.status, closedBy: u.closedBy }));
}

/**
 * One story with everything a reader needs: its reports by outlet and date (copies marked), its
 * statements and events, its open and closed gaps, and where its sources disagree. It reads every
 * analysis of the story, so it suits small stories; `storyPage` (queries-story.ts) pages instead.
 */
export async function storyView(store: Store, id: string): Promise<StoryView | null> {
  const [row] = await store.linkItems('story', { id });
  if (!row) return null;
  const story = row.data as Story;
  const analyses = await loadAnalyses(store, story.reportIds);
  const copyOf = new Map<string, string>();
  for (const a of analyses) {
    const [c] = await store.linkItems('copy', { id: a.report.id });
    if (c) copyOf.set(a.report.id, (c.data as CopyLink).copyOf);
  }
  const byOutlet = new Map<string, string[]>();
  for (const a of analyses) {
    const outlet = a.report.outlet ?? a.report.sources[0] ?? '(uncredited)';
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), a.report.id]);
  }
  return {
    ...story,
    reportList: analyses.map((a) => ({ id: a.report.id, date: a.report.date, title: a.report.title, sources: a.report.sources, copyOf: copyOf.get(a.report.id) ?? null })),
    byOutlet: [...byOutlet].map(([outlet, reports]) => ({ outlet, reports })).sort((x, y) => y.reports.length - x.reports.length || x.outlet.localeCompare(y.outlet)),
    statements: analyses.flatMap((a) => a.statements.map((s) => ({ ...s, reportId: a.report.id, reportDate: a.report.date }))),
    events: analyses.flatMap((a) => a.events.map((e) => ({ ...e, reportId: a.report.id, reportDate: a.report.date }))),
    unknowns: await unknownsWithStatus(store, analyses),
    disagreements: findDisagreements(analyses.filter((a) => !copyOf.has(a.report.id))),
  };
}
