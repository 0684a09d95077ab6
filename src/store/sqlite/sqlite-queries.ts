import type Database from 'better-sqlite3';
import type { Analysis } from '../../model/analysis.js';
import type { DateExpr, EntityRecord, EventRecord, Statement, Unknown } from '../../model/annotations.js';
import { StoreError, type EntityFilter, type InReport, type ReportFilter, type ReportSummary, type SearchHit, type StoreStats, type TimeFilter } from '../store.js';

interface ReportRow {
  id: string; date: string | null; title: string | null; url: string | null; outlet: string | null;
  external_id: string | null; text: string; sources: string; sentences: string;
}

const parseAll = <T>(rows: { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

function inReport<T>(rows: { report_id: string; rdate: string | null; rsources: string; data: string }[]): InReport<T>[] {
  return rows.map((r) => ({ reportId: r.report_id, reportDate: r.rdate, sources: JSON.parse(r.rsources) as string[], item: JSON.parse(r.data) as T }));
}

/** Turn a user's words into an FTS5 query: bare words are ANDed; FTS5 syntax is passed through. */
export function toFtsQuery(query: string): string {
  const q = query.trim();
  if (/["*():^]|\b(AND|OR|NOT|NEAR)\b/.test(q)) return q;
  return q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

const ENTITY_ROWS = 'SELECT e.report_id, r.date AS rdate, r.sources AS rsources, e.data FROM entities e JOIN reports r ON r.id = e.report_id';
const ENTITY_ORDER = 'ORDER BY r.date DESC, e.report_id, e.rowid LIMIT @limit OFFSET @offset';

/** Read-side statements of the SQLite store, prepared once. */
export function createSqliteQueries(db: Database.Database) {
  const st = {
    has: db.prepare('SELECT 1 FROM reports WHERE id = ?'),
    report: db.prepare('SELECT * FROM reports WHERE id = ?'),
    layer: (table: string, order: string) => db.prepare(`SELECT data FROM ${table} WHERE report_id = ? ORDER BY ${order}`),
    list: db.prepare(`SELECT id, date, title, sources, substr(text, 1, 200) AS excerpt FROM reports
      WHERE (@since IS NULL OR date >= @since)
        AND (@until IS NULL OR substr(date, 1, length(@until)) <= @until)
        AND (@source IS NULL OR EXISTS (SELECT 1 FROM report_sources s WHERE s.report_id = reports.id AND s.name = @source COLLATE NOCASE))
      ORDER BY date DESC, id LIMIT @limit OFFSET @offset`),
    // One statement per filter shape: an `@x IS NULL OR ...` guard would keep SQLite off the indexes.
    entitiesAll: db.prepare(`${ENTITY_ROWS} ${ENTITY_ORDER}`),
    entitiesByIds: db.prepare(`${ENTITY_ROWS} WHERE e.report_id IN (SELECT value FROM json_each(@ids)) ${ENTITY_ORDER}`),
    entitiesByName: db.prepare(`${ENTITY_ROWS}
      WHERE e.rowid IN (SELECT rowid FROM entities WHERE name = @name COLLATE NOCASE UNION SELECT rowid FROM entities WHERE key = @name)
        AND (@ids IS NULL OR e.report_id IN (SELECT value FROM json_each(@ids))) ${ENTITY_ORDER}`),
    // Aliases live in the JSON, so matching them scans the table; only done when no name or key matches.
    entitiesByAlias: db.prepare(`${ENTITY_ROWS}
      WHERE e.data LIKE '%' || @name || '%' AND EXISTS (SELECT 1 FROM json_each(e.data, '$.aliases') a WHERE a.value = @name COLLATE NOCASE)
        AND (@ids IS NULL OR e.report_id IN (SELECT value FROM json_each(@ids))) ${ENTITY_ORDER}`),
    hasEntityName: db.prepare('SELECT EXISTS (SELECT 1 FROM entities WHERE name = @name COLLATE NOCASE) OR EXISTS (SELECT 1 FROM entities WHERE key = @name) AS n'),
    // FTS5 sorts by `rank` itself and stops at the LIMIT, so only the page's rows are joined to
    // their reports; sorting on a joined column instead would join and sort every match.
    search: db.prepare(`WITH top AS (SELECT rowid AS fid, report_id, rank FROM reports_fts WHERE reports_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?)
      SELECT top.fid, top.report_id, r.date, r.title, r.sources, top.rank AS score FROM top JOIN reports r ON r.id = top.report_id
      ORDER BY top.rank, r.date DESC, top.report_id`),
    // A snippet re-reads its text, so it is built per shown hit, by the index's own row id.
    snippet: db.prepare(`SELECT snippet(reports_fts, 2, '[', ']', '…', 16) AS snippet FROM reports_fts WHERE reports_fts MATCH ? AND rowid = ?`),
    statementsAll: db.prepare(`SELECT s.report_id, r.date AS rdate, r.sources AS rsources, s.data FROM statements s JOIN reports r ON r.id = s.report_id
      ORDER BY r.date DESC, s.report_id, s.start LIMIT ? OFFSET ?`),
    // The speaker match scans the small speaker index, not the rows; only the page's rows are then read.
    statementsBy: db.prepare(`WITH m AS (
        SELECT rowid AS rid FROM statements INDEXED BY statements_speaker WHERE speaker LIKE '%' || @who || '%'
        UNION SELECT s2.rowid FROM entities e JOIN statements s2 ON s2.report_id = e.report_id AND s2.speaker_entity = e.id WHERE e.name = @who COLLATE NOCASE
      ), page AS (
        SELECT s.rowid AS rid, r.date AS rdate, r.sources AS rsources, s.report_id, s.start FROM statements s JOIN reports r ON r.id = s.report_id
        WHERE s.rowid IN (SELECT rid FROM m) ORDER BY r.date DESC, s.report_id, s.start LIMIT @limit OFFSET @offset
      )
      SELECT page.report_id, page.rdate, page.rsources, s.data FROM page JOIN statements s ON s.rowid = page.rid
      ORDER BY page.rdate DESC, page.report_id, page.start`),
    unknowns: db.prepare(`SELECT u.report_id, r.date AS rdate, r.sources AS rsources, u.data FROM unknowns u JOIN reports r ON r.id = u.report_id
      ORDER BY r.date DESC, u.report_id, u.id LIMIT ? OFFSET ?`),
    events: db.prepare(`SELECT v.report_id, r.date AS rdate, r.sources AS rsources, v.data FROM events v JOIN reports r ON r.id = v.report_id
      WHERE (@entity IS NULL OR v.actor LIKE '%' || @entity || '%' OR v.target LIKE '%' || @entity || '%')
        AND (@since IS NULL OR coalesce(v."when", r.date) >= @since)
        AND (@until IS NULL OR substr(coalesce(v."when", r.date), 1, length(@until)) <= @until)
      ORDER BY coalesce(v."when", r.date), v.report_id, v.id LIMIT @limit OFFSET @offset`),
    count: (table: string) => db.prepare(`SELECT count(*) AS n FROM ${table}`),
    sources: db.prepare('SELECT count(DISTINCT lower(name)) AS n FROM report_sources'),
    storyCount: db.prepare("SELECT count(*) AS n FROM link_items WHERE kind = 'story'"),
    entityCount: db.prepare(`SELECT count(DISTINCT coalesce(key, type || ':' || lower(name))) AS n FROM entities`),
  };
  const layers = {
    entities: st.layer('mentions', 'start, id'),
    entityIndex: st.layer('entities', 'rowid'),
    statements: st.layer('statements', 'rowid'),
    events: st.layer('events', 'rowid'),
    dates: st.layer('dates', 'rowid'),
    unknowns: st.layer('unknowns', 'rowid'),
    diagnostics: st.layer('diagnostics', 'seq'),
  };
  const counts = Object.fromEntries(
    ['reports', 'mentions', 'statements', 'events', 'dates', 'unknowns', 'diagnostics'].map((t) => [t, st.count(t)]),
  );
  const n = (s: Database.Statement, params?: Record<string, unknown>) => ((params ? s.get(params) : s.get()) as { n: number }).n;

  return {
    hasReport: (id: string) => st.has.get(id) !== undefined,
    getAnalysis(id: string): Analysis | null {
      const r = st.report.get(id) as ReportRow | undefined;
      if (!r) return null;
      const get = <T>(k: keyof typeof layers) => parseAll<T>(layers[k].all(id) as { data: string }[]);
      return {
        report: { id: r.id, date: r.date, sources: JSON.parse(r.sources), title: r.title, url: r.url, outlet: r.outlet, externalId: r.external_id },
        text: r.text,
        sentences: JSON.parse(r.sentences),
        entities: get('entities'),
        entityIndex: get('entityIndex'),
        statements: get('statements'),
        events: get('events'),
        dates: get('dates'),
        unknowns: get('unknowns'),
        diagnostics: get('diagnostics'),
      };
    },
    listReports(f: ReportFilter, limit: number, offset: number): ReportSummary[] {
      return (st.list.all({ since: f.since ?? null, until: f.until ?? null, source: f.source ?? null, limit, offset }) as { id: string; date: string | null; title: string | null; sources: string; excerpt: string }[])
        .map((r) => ({ id: r.id, date: r.date, title: r.title, sources: JSON.parse(r.sources), excerpt: r.excerpt }));
    },
    /** Ranked hits; snippets for the first `snippetsFor` of them only. */
    search(query: string, limit: number, offset: number, snippetsFor: number): SearchHit[] {
      const fts = toFtsQuery(query);
      if (fts === '') throw new StoreError('search/bad-query', 'the search query is empty');
      try {
        return (st.search.all(fts, limit, offset) as { fid: number; report_id: string; date: string | null; title: string | null; sources: string; score: number }[])
          .map((r, i) => ({
            reportId: r.report_id, date: r.date, title: r.title, sources: JSON.parse(r.sources),
            snippet: i < snippetsFor ? ((st.snippet.get(fts, r.fid) as { snippet: string } | undefined)?.snippet ?? '') : '', score: -r.score,
          }));
      } catch (e) {
        const msg = (e as Error).message;
        if (/fts5|syntax|no such column|unterminated/i.test(msg)) {
          throw new StoreError('search/bad-query', `cannot parse the query ${JSON.stringify(query)} (${msg.replace(/^fts5: /, '')}); put phrases in double quotes, and use AND, OR, NOT between words`);
        }
        throw e;
      }
    },
    statements(speaker: string | null, limit: number, offset: number): InReport<Statement>[] {
      const rows = speaker ? st.statementsBy.all({ who: speaker, limit, offset }) : st.statementsAll.all(limit, offset);
      return inReport<Statement>(rows as never);
    },
    unknowns: (limit: number, offset: number) => inReport<Unknown>(st.unknowns.all(limit, offset) as never),
    events(f: TimeFilter, limit: number, offset: number): InReport<EventRecord>[] {
      return inReport<EventRecord>(st.events.all({ entity: f.entity ?? null, since: f.since ?? null, until: f.until ?? null, limit, offset }) as never);
    },
    entities(f: EntityFilter, limit: number, offset: number): InReport<EntityRecord>[] {
      const ids = f.reportIds ? JSON.stringify(f.reportIds.slice(0, 1000)) : null;
      const p = { ids, name: f.name ?? null, limit, offset };
      let rows: unknown[];
      if (p.name !== null) rows = (n(st.hasEntityName, { name: p.name }) ? st.entitiesByName : st.entitiesByAlias).all(p);
      else if (ids !== null) rows = st.entitiesByIds.all(p);
      else rows = st.entitiesAll.all(p);
      return inReport<EntityRecord>(rows as never);
    },
    dates: (reportId: string) => parseAll<DateExpr>(layers.dates.all(reportId) as { data: string }[]),
    stats(): StoreStats {
      return {
        reports: n(counts.reports), sources: n(st.sources), entities: n(st.entityCount), mentions: n(counts.mentions),
        statements: n(counts.statements), events: n(counts.events), dates: n(counts.dates), unknowns: n(counts.unknowns),
        stories: n(st.storyCount), diagnostics: n(counts.diagnostics),
      };
    },
  };
}
