import type pg from 'pg';
import type { EntityType, EventRecord, Statement, Unknown } from '../../model/annotations.js';
import { OPENING_CHARS, openingOf } from '../report-opening.js';
import { MAX_BATCH_IDS, type CanonicalRef, type EntityName, type InReport, type LinkItem, type LinkKind, type ReportHeader, type ReportLayers, type StoryGap, type StoryOutlet } from '../store.js';

interface InReportRow { report_id: string; rdate: string | null; rsources: string[]; data: unknown }

// Ids come as one array; unnest WITH ORDINALITY keeps the caller's order.
const IDS = 'unnest($1::text[]) WITH ORDINALITY AS j(id, n)';
const layerSql = (table: string) => `SELECT t.report_id, r.date AS rdate, r.sources AS rsources, t.data
  FROM ${IDS} JOIN reports r ON r.id = j.id JOIN ${table} t ON t.report_id = r.id ORDER BY j.n, t.seq`;

const SQL = {
  headers: `SELECT r.id, r.date, r.title, r.sources, r.outlet, left(r.text, ${OPENING_CHARS}) AS head,
      (r.sentences->0->>'start')::int AS s0, (r.sentences->0->>'end')::int AS e0, CASE WHEN $2 THEN r.text END AS text
    FROM ${IDS} JOIN reports r ON r.id = j.id ORDER BY j.n`,
  statements: layerSql('statements'),
  events: layerSql('events'),
  unknowns: layerSql('unknowns'),
  names: `SELECT e.report_id, e.name, e.type, e.key, e.data->'aliases' AS aliases FROM ${IDS} JOIN entities e ON e.report_id = j.id ORDER BY j.n, e.seq`,
  linkIn: `SELECT l.kind, l.id, l.ref, l.data FROM ${IDS} JOIN link_items l ON l.kind = $2 AND l.id = j.id ORDER BY j.n`,
  refs: `SELECT l.id, l.data->>'name' AS name, l.data->>'type' AS type FROM ${IDS} JOIN link_items l ON l.kind = 'entity' AND l.id = j.id ORDER BY j.n`,
  outlets: `SELECT o.outlet, count(*)::int AS reports, count(o.copy)::int AS copies FROM (
      SELECT coalesce(r.outlet, s.name, '(uncredited)') COLLATE "C" AS outlet, c.id AS copy
      FROM link_items sr JOIN reports r ON r.id = sr.id
      LEFT JOIN report_sources s ON s.report_id = sr.id AND s.position = 0
      LEFT JOIN link_items c ON c.kind = 'copy' AND c.id = sr.id
      WHERE sr.kind = 'story-report' AND sr.ref = $1
    ) o GROUP BY o.outlet ORDER BY reports DESC, o.outlet`,
  gaps: `SELECT u.report_id, u.id, u.kind, u.subject, u.data->>'about' AS about, c.ref AS closed_by
    FROM link_items sr JOIN unknowns u ON u.report_id = sr.id
    LEFT JOIN link_items c ON c.kind = 'closure' AND c.id = u.report_id || ':' || u.id
    WHERE sr.kind = 'story-report' AND sr.ref = $1 ORDER BY sr.seq, u.seq`,
};

/** Batch reads of the PostgreSQL store; the same shapes and order as SQLite's. */
export function createPgBatchQueries(pool: pg.Pool) {
  const rows = async <T extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) => (await pool.query<T>({ name, text, values })).rows;
  const ids = (list: string[]) => list.slice(0, MAX_BATCH_IDS);
  const inReport = <T>(r: InReportRow[]): InReport<T>[] => r.map((x) => ({ reportId: x.report_id, reportDate: x.rdate, sources: x.rsources, item: x.data as T }));
  return {
    async reportHeaders(list: string[], withText: boolean): Promise<ReportHeader[]> {
      const got = await rows<{ id: string; date: string | null; title: string | null; sources: string[]; outlet: string | null; head: string; s0: number | null; e0: number | null; text: string | null }>(
        'ng-headers', SQL.headers, [ids(list), withText]);
      return got.map((r) => {
        const h: ReportHeader = {
          id: r.id, date: r.date, title: r.title, sources: r.sources, outlet: r.outlet,
          excerpt: openingOf(r.head, r.s0 === null || r.e0 === null ? null : { start: r.s0, end: r.e0 }),
        };
        if (withText) h.text = r.text ?? '';
        return h;
      });
    },
    async reportLayers(list: string[]): Promise<ReportLayers> {
      const v = [ids(list)];
      const [statements, events, unknowns] = await Promise.all([
        rows<InReportRow>('ng-layer-statements', SQL.statements, v), rows<InReportRow>('ng-layer-events', SQL.events, v), rows<InReportRow>('ng-layer-unknowns', SQL.unknowns, v),
      ]);
      return { statements: inReport<Statement>(statements), events: inReport<EventRecord>(events), unknowns: inReport<Unknown>(unknowns) };
    },
    async entityNames(list: string[]): Promise<EntityName[]> {
      return (await rows<{ report_id: string; name: string; type: EntityType; key: string | null; aliases: string[] | null }>('ng-entity-names', SQL.names, [ids(list)]))
        .map((r) => ({ reportId: r.report_id, name: r.name, type: r.type, key: r.key, aliases: r.aliases ?? [] }));
    },
    async linkItemsIn(kind: LinkKind, list: string[]): Promise<LinkItem[]> {
      return (await rows<{ kind: LinkKind; id: string; ref: string | null; data: unknown }>('ng-link-in', SQL.linkIn, [ids(list), kind])).map((r) => ({ kind: r.kind, id: r.id, ref: r.ref, data: r.data }));
    },
    async canonicalRefs(list: string[]): Promise<CanonicalRef[]> {
      return rows<CanonicalRef & pg.QueryResultRow>('ng-canonical-refs', SQL.refs, [ids(list)]);
    },
    async storyOutlets(storyId: string): Promise<StoryOutlet[]> {
      return rows<StoryOutlet & pg.QueryResultRow>('ng-story-outlets', SQL.outlets, [storyId]);
    },
    async storyGaps(storyId: string): Promise<StoryGap[]> {
      return (await rows<{ report_id: string; id: string; kind: string; subject: string | null; about: string | null; closed_by: string | null }>('ng-story-gaps', SQL.gaps, [storyId]))
        .map((r) => ({ reportId: r.report_id, unknownId: r.id, kind: r.kind, subject: r.subject, about: r.about ?? '', closedBy: r.closed_by }));
    },
  };
}
