import type { EntityRecord, EntityType, EventRecord, Statement } from '../model/annotations.js';
import type { Analysis } from '../model/analysis.js';
import type { InReport, Page, Store } from '../store/store.js';
import { entityKey, groupByReport } from './queries-facets.js';
import { foldText } from './queries-text.js';

/** How many of an entity's reports (the newest) are read for its statements, events and roles. */
export const ENTITY_READ_REPORTS = 10;
/** How many of its reports are looked at for co-occurring actors. */
const CO_REPORTS = 50;
const MAX_RECORDS = 500;
const LIST = 100;

export interface EntityReportRef {
  id: string;
  date: string | null;
  sources: string[];
}

export interface CoActor {
  name: string;
  type: EntityType;
  key: string;
  /** Reports both entities appear in. */
  reports: number;
}

export interface EntityPage {
  name: string;
  /** Types the name was tagged with, most frequent first. */
  types: { type: EntityType; count: number }[];
  keys: string[];
  aliases: string[];
  roles: string[];
  affiliations: string[];
  /** Reports that mention it, newest first (at most 100 listed). */
  reports: EntityReportRef[];
  reportCount: number;
  statementsBy: InReport<Statement>[];
  statementsAbout: InReport<Statement>[];
  events: InReport<EventRecord>[];
  coActors: CoActor[];
  /** Reports read in full (the newest ones) for statements by and about it, events and roles; 0 when it is only a speaker name. */
  reportsRead: number;
}

const addAll = (set: Map<string, string>, values: (string | null | undefined)[]) => {
  for (const v of values) if (v && v.trim()) set.set(foldText(v), set.get(foldText(v)) ?? v.trim());
};

/** Statements in `a` whose content contains a mention of one of `ids`, not spoken by it. */
function statementsAbout(a: Analysis, ids: Set<string>): Statement[] {
  const mentions = a.entities.filter((m) => ids.has(m.entity));
  return a.statements.filter((s) => !(s.speaker?.entity && ids.has(s.speaker.entity))
    && mentions.some((m) => s.content.some((c) => c.start <= m.start && m.end <= c.end)));
}

/**
 * Everything the store knows about one entity, by name, key or alias: its aliases, roles and
 * types, the reports that mention it, the statements it made and those about it (one of its
 * mentions inside the content), its events (as actor or target), and the actors it appears
 * with. Statements and events come from its ENTITY_READ_REPORTS newest reports. Returns null
 * when the store has nothing under that name.
 */
export async function entityPage(store: Store, name: string): Promise<EntityPage | null> {
  const records = (await store.entities({ name, limit: MAX_RECORDS })).items;
  if (records.length === 0) return speakerOnlyPage(store, name);

  const types = new Map<EntityType, number>();
  const aliases = new Map<string, string>();
  const roles = new Map<string, string>();
  const affiliations = new Map<string, string>();
  const keys = new Set<string>();
  const reports = new Map<string, EntityReportRef>();
  const idsByReport = new Map<string, Set<string>>();
  for (const r of records) {
    const e: EntityRecord = r.item;
    types.set(e.type, (types.get(e.type) ?? 0) + 1);
    addAll(aliases, [e.name, ...e.aliases]);
    addAll(roles, [e.role]);
    addAll(affiliations, [e.affiliation]);
    if (e.key) keys.add(e.key);
    if (!reports.has(r.reportId)) reports.set(r.reportId, { id: r.reportId, date: r.reportDate, sources: r.sources });
    const ids = idsByReport.get(r.reportId) ?? new Set<string>();
    ids.add(e.id);
    idsByReport.set(r.reportId, ids);
  }
  const canonical = records[0].item.name;
  aliases.delete(foldText(canonical));

  // Statements and events are matched by entity id inside each report (exact, unlike name
  // matching), from the newest reports only, so the page costs the same for any entity.
  const by: InReport<Statement>[] = [];
  const about: InReport<Statement>[] = [];
  const events: InReport<EventRecord>[] = [];
  const read = [...reports.values()].slice(0, ENTITY_READ_REPORTS);
  for (const ref of read) {
    const a = await store.getAnalysis(ref.id);
    if (!a) continue;
    const ids = idsByReport.get(ref.id)!;
    const where = { reportId: ref.id, reportDate: ref.date, sources: ref.sources };
    addAll(roles, a.entities.filter((m) => ids.has(m.entity)).map((m) => m.role));
    for (const s of a.statements) if (s.speaker?.entity && ids.has(s.speaker.entity)) by.push({ ...where, item: s });
    for (const s of statementsAbout(a, ids)) about.push({ ...where, item: s });
    for (const v of a.events) {
      if ((v.actor?.entity && ids.has(v.actor.entity)) || (v.target?.entity && ids.has(v.target.entity))) events.push({ ...where, item: v });
    }
  }

  const selfKeys = new Set(records.map((r) => entityKey(r.item)));
  const co = new Map<string, CoActor>();
  const coRows = await collect((cursor) => store.entities({ reportIds: [...reports.keys()].slice(0, CO_REPORTS), limit: 500, cursor }), 5000);
  for (const [, list] of groupByReport(coRows)) {
    const seen = new Set<string>();
    for (const e of list) {
      // One line per name: the tagger may type one name differently across reports.
      const k = foldText(e.name);
      if (selfKeys.has(entityKey(e)) || seen.has(k) || k === foldText(canonical)) continue;
      seen.add(k);
      const c = co.get(k);
      if (c) c.reports++;
      else co.set(k, { name: e.name, type: e.type, key: entityKey(e), reports: 1 });
    }
  }

  return {
    name: canonical,
    types: [...types].map(([type, count]) => ({ type, count })).sort((x, y) => y.count - x.count),
    keys: [...keys],
    aliases: [...aliases.values()],
    roles: [...roles.values()],
    affiliations: [...affiliations.values()],
    reports: [...reports.values()].slice(0, LIST),
    reportCount: reports.size,
    statementsBy: by.slice(0, LIST),
    statementsAbout: about.slice(0, LIST),
    events: events.slice(0, LIST),
    coActors: [...co.values()].sort((x, y) => y.reports - x.reports || x.name.localeCompare(y.name)).slice(0, 30),
    reportsRead: read.length,
  };
}

/** Pages of a listing gathered up to `max` items. */
async function collect<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, max: number): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetchPage(cursor);
    out.push(...page.items);
    cursor = page.next;
  } while (cursor && out.length < max);
  return out;
}

/**
 * A name no entity record carries (a speaker the entity tagger missed, say): what the
 * name-matching listings find, or null when they find nothing.
 */
async function speakerOnlyPage(store: Store, name: string): Promise<EntityPage | null> {
  const [by, events] = await Promise.all([store.statements({ speaker: name, limit: LIST }), store.events({ entity: name, limit: LIST })]);
  if (by.items.length === 0 && events.items.length === 0) return null;
  const reports = new Map<string, EntityReportRef>();
  for (const x of [...by.items, ...events.items]) reports.set(x.reportId, { id: x.reportId, date: x.reportDate, sources: x.sources });
  return {
    name: by.items[0]?.item.speaker?.name ?? name, types: [], keys: [], aliases: [], roles: [], affiliations: [],
    reports: [...reports.values()], reportCount: reports.size, statementsBy: by.items, statementsAbout: [], events: events.items,
    coActors: [], reportsRead: 0,
  };
}
