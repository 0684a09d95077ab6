import type Database from 'better-sqlite3';
import type { EntityType, EventRecord, Statement, Unknown } from '../../model/annotations.js';
import { OPENING_CHARS, openingOf } from '../report-opening.js';
import { MAX_BATCH_IDS, type CanonicalRef, type EntityName, type InReport, type LinkItem, type LinkKind, type ReportHeader, type ReportLayers, type StoryGap, type StoryOutlet } from '../store.js';

type LayerRow = { report_id: string; rdate: string | null; rsources: string; data: string };

const ids = (list: string[]) => JSON.stringify(list.slice(0, MAX_BATCH_IDS));

// Ids come as one JSON array; joining on json_each keeps the caller's order (its key) and looks each id up by index.
const layerSql = (table: string) => `SELECT t.report_id, r.date AS rdate, r.sources AS rsources, t.data
  FROM json_each(?) j CROSS JOIN reports r ON r.id = j.value JOIN ${table} t ON t.report_id = r.id ORDER BY j.key, t.rowid`;

/** Batch reads of the SQLite store: headers, layers and names of many reports, and story counts from link rows. */
export function createSqliteBatchQueries(db: Database.Database) {
  const st = {
    headers: db.prepare(`SELECT r.id, r.date, r.title, r.sources, r.outlet, substr(r.text, 1, ${OPENING_CHARS}) AS head,
        json_extract(r.sentences, '$[0].start') AS s0, json_extract(r.sentences, '$[0].end') AS e0
      FROM json_each(?) j CROSS JOIN reports r ON r.id = j.value ORDER BY j.key`),
    texts: db.prepare('SELECT r.id, r.text FROM json_each(?) j CROSS JOIN reports r ON r.id = j.value'),
    statements: db.prepare(layerSql('statements')),
    events: db.prepare(layerSql('events')),
    unknowns: db.prepare(layerSql('unknowns')),
    names: db.prepare(`SELECT e.report_id, e.name, e.type, e.key, json_extract(e.data, '$.aliases') AS aliases
      FROM json_each(?) j CROSS JOIN entities e ON e.report_id = j.value ORDER BY j.key, e.rowid`),
    linkIn: db.prepare('SELECT l.kind, l.id, l.ref, l.data FROM json_each(?) j CROSS JOIN link_items l ON l.kind = ? AND l.id = j.value ORDER BY j.key'),
    // The member list of a big entity runs to hundreds of kilobytes: only the name and type are taken out.
    refs: db.prepare(`SELECT l.id, json_extract(l.data, '$.name') AS name, json_extract(l.data, '$.type') AS type
      FROM json_each(?) j CROSS JOIN link_items l ON l.kind = 'entity' AND l.id = j.value ORDER BY j.key`),
    outlets: db.prepare(`SELECT coalesce(r.outlet, s.name, '(uncredited)') AS outlet, count(*) AS reports, count(c.id) AS copies
      FROM link_items sr INDEXED BY link_items_ref_id
      JOIN reports r INDEXED BY reports_outlet ON r.id = sr.id
      LEFT JOIN report_sources s INDEXED BY report_sources_first ON s.report_id = sr.id AND s.position = 0
      LEFT JOIN link_items c ON c.kind = 'copy' AND c.id = sr.id
      WHERE sr.kind = 'story-report' AND sr.ref = ? GROUP BY 1 ORDER BY reports DESC, outlet`),
    gaps: db.prepare(`SELECT u.report_id, u.id, u.kind, u.subject, json_extract(u.data, '$.about') AS about, c.ref AS closed_by
      FROM link_items sr JOIN unknowns u ON u.report_id = sr.id
      LEFT JOIN link_items c ON c.kind = 'closure' AND c.id = u.report_id || ':' || u.id
      WHERE sr.kind = 'story-report' AND sr.ref = ? ORDER BY sr.rowid, u.rowid`),
  };
  const inReport = <T>(rows: unknown[]): InReport<T>[] =>
    (rows as LayerRow[]).map((r) => ({ reportId: r.report_id, reportDate: r.rdate, sources: JSON.parse(r.rsources) as string[], item: JSON.parse(r.data) as T }));

  return {
    reportHeaders(list: string[], withText: boolean): ReportHeader[] {
      const texts = withText ? new Map((st.texts.all(ids(list)) as { id: string; text: string }[]).map((r) => [r.id, r.text])) : null;
      return (st.headers.all(ids(list)) as { id: string; date: string | null; title: string | null; sources: string; outlet: string | null; head: string; s0: number | null; e0: number | null }[])
        .map((r) => {
          const h: ReportHeader = {
            id: r.id, date: r.date, title: r.title, sources: JSON.parse(r.sources) as string[], outlet: r.outlet,
            excerpt: openingOf(r.head, r.s0 === null || r.e0 === null ? null : { start: r.s0, end: r.e0 }),
          };
          if (texts) h.text = texts.get(r.id) ?? '';
          return h;
        });
    },
    reportLayers(list: string[]): ReportLayers {
      const j = ids(list);
      return { statements: inReport<Statement>(st.statements.all(j)), events: inReport<EventRecord>(st.events.all(j)), unknowns: inReport<Unknown>(st.unknowns.all(j)) };
    },
    entityNames(list: string[]): EntityName[] {
      return (st.names.all(ids(list)) as { report_id: string; name: string; type: EntityType; key: string | null; aliases: string | null }[])
        .map((r) => ({ reportId: r.report_id, name: r.name, type: r.type, key: r.key, aliases: r.aliases ? (JSON.parse(r.aliases) as string[]) : [] }));
    },
    linkItemsIn(kind: LinkKind, list: string[]): LinkItem[] {
      return (st.linkIn.all(ids(list), kind) as { kind: LinkKind; id: string; ref: string | null; data: string }[]).map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }));
    },
    canonicalRefs: (list: string[]) => st.refs.all(ids(list)) as CanonicalRef[],
    storyOutlets: (storyId: string) => st.outlets.all(storyId) as StoryOutlet[],
    storyGaps(storyId: string): StoryGap[] {
      return (st.gaps.all(storyId) as { report_id: string; id: string; kind: string; subject: string | null; about: string | null; closed_by: string | null }[])
        .map((r) => ({ reportId: r.report_id, unknownId: r.id, kind: r.kind, subject: r.subject, about: r.about ?? '', closedBy: r.closed_by }));
    },
  };
}
