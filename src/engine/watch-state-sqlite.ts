import Database from 'better-sqlite3';
import type { FeedState, WatchState } from './watch-state.js';

// Kept beside the store's tables in the same file, created here rather than by a store
// migration, so the store interface stays as it is; both are plain tables.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS watch_feeds (
  feed TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_polled_at TEXT
);
CREATE TABLE IF NOT EXISTS watch_items (
  feed TEXT NOT NULL,
  item_id TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed, item_id)
);`;

/** Watch state in the SQLite store file at `path` (WAL, so it can share the file with the store). */
export function openSqliteWatchState(path: string): WatchState {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const st = {
    get: db.prepare('SELECT feed, etag, last_modified AS lastModified, failures, last_polled_at AS lastPolledAt FROM watch_feeds WHERE feed = ?'),
    put: db.prepare(`INSERT INTO watch_feeds (feed, etag, last_modified, failures, last_polled_at) VALUES (@feed, @etag, @lastModified, @failures, @lastPolledAt)
      ON CONFLICT(feed) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, failures = excluded.failures, last_polled_at = excluded.last_polled_at`),
    has: db.prepare('SELECT 1 FROM watch_items WHERE feed = ? AND item_id = ?'),
    add: db.prepare('INSERT OR IGNORE INTO watch_items (feed, item_id, seen_at) VALUES (?, ?, ?)'),
  };
  const addAll = db.transaction((feed: string, ids: string[], at: string) => {
    for (const id of ids) st.add.run(feed, id, at);
  });
  return {
    async getFeed(feed) {
      return (st.get.get(feed) as FeedState | undefined) ?? null;
    },
    async putFeed(state) {
      st.put.run(state);
    },
    async unseen(feed, ids) {
      return new Set(ids.filter((id) => st.has.get(feed, id) === undefined));
    },
    async remember(feed, ids) {
      addAll(feed, ids, new Date().toISOString());
    },
    async close() {
      db.close();
    },
  };
}
