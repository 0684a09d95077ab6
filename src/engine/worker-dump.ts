import Database from 'better-sqlite3';
import pg from 'pg';

/** Every row of every report table, for comparing two stores in tests (ingest times left out). */
export type TableDump = Record<string, unknown[][]>;

const TABLES = ['reports', 'report_sources', 'entities', 'mentions', 'statements', 'events', 'dates', 'unknowns', 'diagnostics', 'link_items'];
const SKIP = new Set(['ingested_at']);

/** Dump a SQLite store's tables in rowid order (the order layers are read back in). */
export function dumpSqlite(path: string): TableDump {
  const db = new Database(path, { readonly: true });
  try {
    const out: TableDump = {};
    for (const t of TABLES) {
      if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t)) continue;
      const rows = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[];
      out[t] = rows.map((r) => Object.entries(r).filter(([k]) => !SKIP.has(k)).map(([, v]) => v));
    }
    return out;
  } finally {
    db.close();
  }
}

/** Dump a PostgreSQL store's tables in primary-key order (insertion order is not meaningful across workers). */
export async function dumpPostgres(url: string): Promise<TableDump> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: TableDump = {};
    for (const t of TABLES) {
      const cols = (await c.query<{ c: string }>(
        `SELECT a.attname AS c FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, [t],
      )).rows.map((r) => r.c).filter((x) => !SKIP.has(x));
      const pk = (await c.query<{ c: string }>(
        `SELECT a.attname AS c FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
         WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`, [t],
      )).rows.map((r) => `"${r.c}"`);
      const rows = await c.query({ text: `SELECT ${cols.map((x) => `"${x}"::text`).join(', ')} FROM ${t} ORDER BY ${pk.join(', ')}`, rowMode: 'array' });
      out[t] = rows.rows as unknown[][];
    }
    return out;
  } finally {
    await c.end();
  }
}
