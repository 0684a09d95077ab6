import type { Store } from './store.js';
import { openPostgresStore } from './postgres/pg-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

/** True when `location` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Open a store from a SQLite path or a `postgres://` URL, migrated and ready.
 * @example const store = await openStore('./newsgraph.db');
 */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    return openPostgresStore(location);
  }
  return openSqliteStore(location);
}
