import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Analysis } from '../../model/analysis.js';
import { packagePath } from '../../model/paths.js';
import { eventColumns, statementColumns } from '../analysis-rows.js';
import { decodeCursor, pageSize, toPage } from '../cursor.js';
import { loadMigrations } from '../migrations.js';
import { StoreError, type Store } from '../store.js';
import { createSqliteBatchQueries } from './sqlite-batch-queries.js';
import { createSqliteLinks } from './sqlite-links.js';
import { createSqliteQueries } from './sqlite-queries.js';

const MIGRATIONS_DIR = packagePath('src', 'store', 'sqlite', 'migrations');

/**
 * Open (creating if needed) a SQLite store at `path` (`:memory:` for a throwaway one).
 * WAL journal, foreign keys on, FTS5 over report bodies.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (e) {
    throw new StoreError('store/open-failed', `cannot open ${path}: ${(e as Error).message}`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const migrate = async () => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    for (const m of loadMigrations(MIGRATIONS_DIR)) {
      if (done.has(m.version)) continue;
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      })();
    }
  };
  await migrate();

  const ins = {
    report: db.prepare(`INSERT OR IGNORE INTO reports (id, date, title, url, outlet, external_id, text, sources, sentences, origin_file, ingested_at)
      VALUES (@id, @date, @title, @url, @outlet, @externalId, @text, @sources, @sentences, @originFile, @ingestedAt)`),
    source: db.prepare('INSERT INTO report_sources (report_id, position, name) VALUES (?, ?, ?)'),
    entity: db.prepare('INSERT INTO entities (report_id, id, name, type, key, data) VALUES (?, ?, ?, ?, ?, ?)'),
    mention: db.prepare('INSERT INTO mentions (report_id, id, entity, type, start, "end", data) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    statement: db.prepare('INSERT INTO statements (report_id, id, speaker, speaker_entity, kind, polarity, start, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    event: db.prepare('INSERT INTO events (report_id, id, type, actor, target, "when", statement_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    date: db.prepare('INSERT INTO dates (report_id, id, "when", data) VALUES (?, ?, ?, ?)'),
    unknown: db.prepare('INSERT INTO unknowns (report_id, id, kind, subject, data) VALUES (?, ?, ?, ?, ?)'),
    diagnostic: db.prepare('INSERT INTO diagnostics (report_id, seq, code, severity, data) VALUES (?, ?, ?, ?, ?)'),
    fts: db.prepare('INSERT INTO reports_fts (report_id, title, text) VALUES (?, ?, ?)'),
  };

  const put = db.transaction((a: Analysis, originFile: string | null): boolean => {
    const r = a.report;
    const res = ins.report.run({
      id: r.id, date: r.date, title: r.title, url: r.url, outlet: r.outlet ?? null, externalId: r.externalId ?? null,
      text: a.text, sources: JSON.stringify(r.sources), sentences: JSON.stringify(a.sentences), originFile, ingestedAt: new Date().toISOString(),
    });
    if (res.changes === 0) return false;
    r.sources.forEach((s, i) => ins.source.run(r.id, i, s));
    for (const e of a.entityIndex) ins.entity.run(r.id, e.id, e.name, e.type, e.key ?? null, JSON.stringify(e));
    for (const m of a.entities) ins.mention.run(r.id, m.id, m.entity, m.type, m.start, m.end, JSON.stringify(m));
    for (const s of a.statements) {
      const c = statementColumns(s);
      ins.statement.run(r.id, s.id, c.speaker, c.speakerEntity, s.kind, s.polarity, c.start, JSON.stringify(s));
    }
    for (const e of a.events) {
      const c = eventColumns(e);
      ins.event.run(r.id, e.id, e.type, c.actor, c.target, c.when, e.statement, JSON.stringify(e));
    }
    for (const d of a.dates) ins.date.run(r.id, d.id, d.when, JSON.stringify(d));
    for (const u of a.unknowns) ins.unknown.run(r.id, u.id, u.kind, u.subject?.text ?? null, JSON.stringify(u));
    a.diagnostics.forEach((d, i) => ins.diagnostic.run(r.id, i, d.code, d.severity, JSON.stringify(d)));
    ins.fts.run(r.id, r.title ?? '', a.text);
    return true;
  });

  const q = createSqliteQueries(db);
  const links = createSqliteLinks(db);
  const batch = createSqliteBatchQueries(db);
  let closed = false;
  return {
    kind: 'sqlite',
    migrate,
    async putAnalysis(a, origin) {
      return put(a, origin?.file ?? null);
    },
    async hasReport(id) {
      return q.hasReport(id);
    },
    async getAnalysis(id) {
      return q.getAnalysis(id);
    },
    async listReports(o = {}) {
      const limit = pageSize(o.limit);
      const offset = decodeCursor(o.cursor);
      return toPage(q.listReports(o, limit + 1, offset), offset, limit);
    },
    async search(query, o = {}) {
      const limit = pageSize(o.limit);
      const offset = decodeCursor(o.cursor);
      const snippetsFor = o.snippets === false ? 0 : Math.min(limit, o.snippetsFor ?? limit);
      return toPage(q.search(query, limit + 1, offset, snippetsFor), offset, limit);
    },
    async statements(f = {}) {
      const limit = pageSize(f.limit);
      const offset = decodeCursor(f.cursor);
      return toPage(q.statements(f.speaker ?? null, limit + 1, offset), offset, limit);
    },
    async unknowns(o = {}) {
      const limit = pageSize(o.limit);
      const offset = decodeCursor(o.cursor);
      return toPage(q.unknowns(limit + 1, offset), offset, limit);
    },
    async events(f = {}) {
      const limit = pageSize(f.limit);
      const offset = decodeCursor(f.cursor);
      return toPage(q.events(f, limit + 1, offset), offset, limit);
    },
    async entities(f = {}) {
      const limit = pageSize(f.limit);
      const offset = decodeCursor(f.cursor);
      return toPage(q.entities(f, limit + 1, offset), offset, limit);
    },
    async dates(reportId) {
      return q.dates(reportId);
    },
    async stats() {
      return q.stats();
    },
    async reportHeaders(ids, o = {}) {
      return batch.reportHeaders(ids, o.text === true);
    },
    async reportLayers(ids) {
      return batch.reportLayers(ids);
    },
    async entityNames(reportIds) {
      return batch.entityNames(reportIds);
    },
    async linkItemsIn(kind, ids) {
      return batch.linkItemsIn(kind, ids);
    },
    async canonicalRefs(ids) {
      return batch.canonicalRefs(ids);
    },
    async storyOutlets(storyId) {
      return batch.storyOutlets(storyId);
    },
    async storyGaps(storyId) {
      return batch.storyGaps(storyId);
    },
    async replaceLinkItems(items) {
      links.replace(items);
    },
    async linkItems(kind, by) {
      return links.items(kind, by);
    },
    async appendCuration(op) {
      return links.append(op);
    },
    async curationLog() {
      return links.log();
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
