import type pg from 'pg';
import { packagePath } from '../../model/paths.js';
import { loadMigrations } from '../migrations.js';

const MIGRATIONS_DIR = packagePath('src', 'store', 'postgres', 'migrations');

/** An arbitrary constant naming newsgraph's migration lock among the database's advisory locks. */
const MIGRATION_LOCK = 7_246_157_211;

/**
 * Apply the plain SQL migrations not yet applied, all in one transaction. Workers on several
 * machines may start at once, so a transaction-scoped advisory lock lets exactly one migrate
 * while the others wait and then find nothing to do.
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('SET LOCAL client_min_messages = warning');
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of loadMigrations(MIGRATIONS_DIR)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
