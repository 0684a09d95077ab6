import type pg from 'pg';
import type { Analysis } from '../../model/analysis.js';
import type { DateExpr, EntityRecord, EventRecord, Statement, Unknown } from '../../model/annotations.js';
import type { EntityFilter, InReport, ReportFilter, ReportSummary, SearchHit, StoreStats, TimeFilter } from '../store.js';
import { toTsQuery } from './pg-search-query.js';

interface InReportRow { report_id: string; rdate: string | null; rsources: string[]; data: unknown }

const inReport = <T>(rows: InReportRow[]): InReport<T>[] =>
  rows.map((r) => ({ reportId: r.report_id, reportDate: r.rdate, sources: r.rsources, item: r.data as T }));

/** Escape LIKE wildcards so a speaker name is matched as typed. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const LAYER_TABLES = {
  entities: 'mentions', entityIndex: 'entities', statements: 'statements', events: 'events',
  dates: 'dates', unknowns: 'unknowns', diagnostics: 'diagnostics',
} as const;

// NULLS LAST / NULLS FIRST reproduce SQLite's ordering of undated rows, so both stores page alike.
const SQL = {
  report: 'SELECT id, date, title, url, outlet, external_id, text, sources, sentences FROM reports WHERE id = $1',
  // Mentions come back by position (as SQLite orders them); every other layer in stored order.
  layers: Object.entries(LAYER_TABLES)
    .map(([k, t]) => `SELECT '${k}' AS layer, ${t === 'mentions' ? 'start' : 'seq'} AS k1, ${t === 'mentions' ? 'id' : "''"} AS k2, data FROM ${t} WHERE report_id = $1`)
    .join(' UNION ALL ') + ' ORDER BY layer, k1, k2',
  list: `SELECT id, date, title, sources, left(text, 200) AS excerpt FROM reports
    WHERE ($1::text IS NULL OR date >= $1)
      AND ($2::text IS NULL OR left(date, length($2)) <= $2)
      AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM report_sources s WHERE s.report_id = reports.id AND lower(s.name) = lower($3)))
    ORDER BY date DESC NULLS LAST, id LIMIT $4 OFFSET $5`,
  entities: `SELECT e.report_id, r.date AS rdate, r.sources AS rsources, e.data FROM entities e JOIN reports r ON r.id = e.report_id
    WHERE ($1::text[] IS NULL OR e.report_id = ANY($1))
      AND ($2::text IS NULL OR lower(e.name) = lower($2) OR e.key = $2
           OR EXISTS (SELECT 1 FROM json_array_elements_text(e.data->'aliases') a WHERE lower(a) = lower($2)))
    ORDER BY r.date DESC NULLS LAST, e.report_id, e.seq LIMIT $3 OFFSET $4`,
  // Headlines re-read each text, so only the first $4 hits of the page get one.
  search: `WITH hits AS (
      SELECT r.id, r.date, r.title, r.sources, ts_rank_cd(r.tsv, q) AS score, q
      FROM reports r, to_tsquery('newsgraph', $1) AS q WHERE r.tsv @@ q
      ORDER BY score DESC, r.date DESC NULLS LAST, r.id LIMIT $2 OFFSET $3
    ), numbered AS (SELECT h.*, row_number() OVER (ORDER BY h.score DESC, h.date DESC NULLS LAST, h.id) AS n FROM hits h)
    SELECT h.id AS report_id, h.date, h.title, h.sources, h.score,
      CASE WHEN h.n <= $4 THEN ts_headline('newsgraph', (SELECT text FROM reports WHERE id = h.id), h.q,
        'StartSel="[", StopSel="]", MaxWords=32, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') ELSE '' END AS snippet
    FROM numbered h ORDER BY h.n`,
  statementsAll: `SELECT s.report_id, r.date AS rdate, r.sources AS rsources, s.data FROM statements s JOIN reports r ON r.id = s.report_id
    ORDER BY r.date DESC NULLS LAST, s.report_id, s.start, s.seq LIMIT $1 OFFSET $2`,
  statementsBy: `SELECT s.report_id, r.date AS rdate, r.sources AS rsources, s.data FROM statements s JOIN reports r ON r.id = s.report_id
    WHERE s.speaker ILIKE '%' || $1 || '%'
       OR EXISTS (SELECT 1 FROM entities e WHERE e.report_id = s.report_id AND e.id = s.speaker_entity
                  AND (e.name ILIKE '%' || $1 || '%' OR EXISTS (SELECT 1 FROM json_array_elements_text(e.data->'aliases') a WHERE a ILIKE $1)))
    ORDER BY r.date DESC NULLS LAST, s.report_id, s.start, s.seq LIMIT $2 OFFSET $3`,
  unknowns: `SELECT u.report_id, r.date AS rdate, r.sources AS rsources, u.data FROM unknowns u JOIN reports r ON r.id = u.report_id
    ORDER BY r.date DESC NULLS LAST, u.report_id, u.id LIMIT $1 OFFSET $2`,
  events: `SELECT v.report_id, r.date AS rdate, r.sources AS rsources, v.data FROM events v JOIN reports r ON r.id = v.report_id
    WHERE ($1::text IS NULL OR v.actor ILIKE '%' || $1 || '%' OR v.target ILIKE '%' || $1 || '%')
      AND ($2::text IS NULL OR coalesce(v."when", r.date) >= $2)
      AND ($3::text IS NULL OR left(coalesce(v."when", r.date), length($3)) <= $3)
    ORDER BY coalesce(v."when", r.date) NULLS FIRST, v.report_id, v.id LIMIT $4 OFFSET $5`,
  dates: 'SELECT data FROM dates WHERE report_id = $1 ORDER BY seq',
  stats: `SELECT
      (SELECT count(*) FROM reports)::int AS reports,
      (SELECT count(DISTINCT lower(name)) FROM report_sources)::int AS sources,
      (SELECT count(DISTINCT coalesce(key, type || ':' || lower(name))) FROM entities)::int AS entities,
      (SELECT count(*) FROM mentions)::int AS mentions,
      (SELECT count(*) FROM statements)::int AS statements,
      (SELECT count(*) FROM events)::int AS events,
      (SELECT count(*) FROM dates)::int AS dates,
      (SELECT count(*) FROM unknowns)::int AS unknowns,
      (SELECT count(*) FROM link_items WHERE kind = 'story')::int AS stories,
      (SELECT count(*) FROM diagnostics)::int AS diagnostics`,
};

/** Read-side queries of the PostgreSQL store; results have the same shapes and order as SQLite's. */
export function createPgQueries(pool: pg.Pool) {
  const rows = async <T extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) =>
    (await pool.query<T>({ name, text, values })).rows;

  return {
    async hasReport(id: string): Promise<boolean> {
      return (await rows('ng-has', 'SELECT 1 FROM reports WHERE id = $1', [id])).length > 0;
    },
    async getAnalysis(id: string): Promise<Analysis | null> {
      const [head] = await rows<{
        id: string; date: string | null; title: string | null; url: string | null; outlet: string | null;
        external_id: string | null; text: string; sources: string[]; sentences: Analysis['sentences'];
      }>('ng-report', SQL.report, [id]);
      if (!head) return null;
      const layer: Record<string, unknown[]> = Object.fromEntries(Object.keys(LAYER_TABLES).map((k) => [k, []]));
      for (const r of await rows<{ layer: string; data: unknown }>('ng-layers', SQL.layers, [id])) layer[r.layer].push(r.data);
      return {
        report: { id: head.id, date: head.date, sources: head.sources, title: head.title, url: head.url, outlet: head.outlet, externalId: head.external_id },
        text: head.text,
        sentences: head.sentences,
        entities: layer.entities as Analysis['entities'],
        entityIndex: layer.entityIndex as Analysis['entityIndex'],
        statements: layer.statements as Analysis['statements'],
        events: layer.events as Analysis['events'],
        dates: layer.dates as Analysis['dates'],
        unknowns: layer.unknowns as Analysis['unknowns'],
        diagnostics: layer.diagnostics as Analysis['diagnostics'],
      };
    },
    async listReports(f: ReportFilter, limit: number, offset: number): Promise<ReportSummary[]> {
      const values = [f.since ?? null, f.until ?? null, f.source ?? null, limit, offset];
      return (await rows<{ id: string; date: string | null; title: string | null; sources: string[]; excerpt: string }>('ng-list', SQL.list, values))
        .map((r) => ({ id: r.id, date: r.date, title: r.title, sources: r.sources, excerpt: r.excerpt }));
    },
    /** Ranked hits; headlines for the first `snippetsFor` of them only. */
    async search(query: string, limit: number, offset: number, snippetsFor: number): Promise<SearchHit[]> {
      const tsq = toTsQuery(query);
      return (await rows<{ report_id: string; date: string | null; title: string | null; sources: string[]; snippet: string; score: number }>('ng-search', SQL.search, [tsq, limit, offset, snippetsFor]))
        .map((r) => ({ reportId: r.report_id, date: r.date, title: r.title, sources: r.sources, snippet: r.snippet, score: r.score }));
    },
    async statements(speaker: string | null, limit: number, offset: number): Promise<InReport<Statement>[]> {
      const got = speaker
        ? await rows<InReportRow>('ng-statements-by', SQL.statementsBy, [likeEscape(speaker), limit, offset])
        : await rows<InReportRow>('ng-statements', SQL.statementsAll, [limit, offset]);
      return inReport<Statement>(got);
    },
    async unknowns(limit: number, offset: number): Promise<InReport<Unknown>[]> {
      return inReport<Unknown>(await rows<InReportRow>('ng-unknowns', SQL.unknowns, [limit, offset]));
    },
    async events(f: TimeFilter, limit: number, offset: number): Promise<InReport<EventRecord>[]> {
      const entity = f.entity ? likeEscape(f.entity) : null;
      return inReport<EventRecord>(await rows<InReportRow>('ng-events', SQL.events, [entity, f.since ?? null, f.until ?? null, limit, offset]));
    },
    async entities(f: EntityFilter, limit: number, offset: number): Promise<InReport<EntityRecord>[]> {
      const ids = f.reportIds ? f.reportIds.slice(0, 1000) : null;
      return inReport<EntityRecord>(await rows<InReportRow>('ng-entities', SQL.entities, [ids, f.name ?? null, limit, offset]));
    },
    async dates(reportId: string): Promise<DateExpr[]> {
      return (await rows<{ data: DateExpr }>('ng-dates', SQL.dates, [reportId])).map((r) => r.data);
    },
    async stats(): Promise<StoreStats> {
      return (await rows<StoreStats & pg.QueryResultRow>('ng-stats', SQL.stats, []))[0];
    },
  };
}
