import pg from 'pg';
import { decodeCursor, pageSize, toPage } from '../cursor.js';
import { StoreError, type Store } from '../store.js';
import { createPgBatchQueries } from './pg-batch-queries.js';
import { createPgLinks } from './pg-links.js';
import { migratePostgres } from './pg-migrate.js';
import { putAnalysisRows } from './pg-put.js';
import { createPgQueries } from './pg-queries.js';

export interface PostgresStoreOptions {
  /** Most connections the store's pool opens (default 4). */
  poolSize?: number;
  /** Name shown in pg_stat_activity, to tell workers apart. */
  applicationName?: string;
}

/** A PostgreSQL store; `pool` is exposed for the queue, which commits reports in its own transactions. */
export interface PostgresStore extends Store {
  readonly kind: 'postgres';
  readonly pool: pg.Pool;
}

/** Connection failures users can act on, told in words rather than a driver stack. */
function openError(url: string, e: unknown): StoreError {
  const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return new StoreError('store/open-failed', `cannot open ${safe}: ${(e as Error).message}`);
}

/**
 * Open a PostgreSQL store at a `postgres://` URL and bring its schema up to date.
 * @example const store = await openPostgresStore('postgres://localhost/newsgraph');
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, application_name: options.applicationName ?? 'newsgraph' });
  // An idle client losing its server (restart, failover) must not crash the process.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw openError(url, e);
  }
  const q = createPgQueries(pool);
  const links = createPgLinks(pool);
  const batch = createPgBatchQueries(pool);
  let closed = false;
  const page = async <T>(o: { limit?: number; cursor?: string | null }, fetch: (limit: number, offset: number) => Promise<T[]>) => {
    const limit = pageSize(o.limit);
    const offset = decodeCursor(o.cursor);
    return toPage(await fetch(limit + 1, offset), offset, limit);
  };
  return {
    kind: 'postgres',
    pool,
    migrate: () => migratePostgres(pool),
    async putAnalysis(a, origin) {
      return putAnalysisRows(pool, a, origin?.file ?? null);
    },
    hasReport: (id) => q.hasReport(id),
    getAnalysis: (id) => q.getAnalysis(id),
    listReports: (o = {}) => page(o, (l, off) => q.listReports(o, l, off)),
    search: (query, o = {}) => page(o, (l, off) => q.search(query, l, off, o.snippets === false ? 0 : Math.min(l - 1, o.snippetsFor ?? l))),
    statements: (f = {}) => page(f, (l, off) => q.statements(f.speaker ?? null, l, off)),
    unknowns: (o = {}) => page(o, (l, off) => q.unknowns(l, off)),
    events: (f = {}) => page(f, (l, off) => q.events(f, l, off)),
    entities: (f = {}) => page(f, (l, off) => q.entities(f, l, off)),
    dates: (reportId) => q.dates(reportId),
    stats: () => q.stats(),
    reportHeaders: (ids, o = {}) => batch.reportHeaders(ids, o.text === true),
    reportLayers: (ids) => batch.reportLayers(ids),
    entityNames: (ids) => batch.entityNames(ids),
    linkItemsIn: (kind, ids) => batch.linkItemsIn(kind, ids),
    canonicalRefs: (ids) => batch.canonicalRefs(ids),
    storyOutlets: (id) => batch.storyOutlets(id),
    storyGaps: (id) => batch.storyGaps(id),
    replaceLinkItems: (items) => links.replace(items),
    linkItems: (kind, by) => links.items(kind, by),
    appendCuration: (op) => links.append(op),
    curationLog: () => links.log(),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
