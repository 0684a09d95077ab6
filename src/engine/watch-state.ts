/** What watch remembers about one feed between polls. */
export interface FeedState {
  feed: string;
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failed polls, for back-off. */
  failures: number;
  lastPolledAt: string | null;
}

/**
 * Where watch keeps feed state and the ids of items already taken, so a restart does not
 * ingest them again. Implementations: in memory (tests, --once without a file) and a sidecar
 * table in the SQLite store file (watch-state-sqlite.ts).
 */
export interface WatchState {
  getFeed(feed: string): Promise<FeedState | null>;
  putFeed(state: FeedState): Promise<void>;
  /** The ids among `ids` this feed has not given before. */
  unseen(feed: string, ids: string[]): Promise<Set<string>>;
  remember(feed: string, ids: string[]): Promise<void>;
  close(): Promise<void>;
}

/** A fresh state for a feed never polled. */
export function initialFeedState(feed: string): FeedState {
  return { feed, etag: null, lastModified: null, failures: 0, lastPolledAt: null };
}

/** Watch state held in memory only. */
export function createMemoryWatchState(): WatchState {
  const feeds = new Map<string, FeedState>();
  const seen = new Map<string, Set<string>>();
  return {
    async getFeed(feed) {
      const s = feeds.get(feed);
      return s ? { ...s } : null;
    },
    async putFeed(state) {
      feeds.set(state.feed, { ...state });
    },
    async unseen(feed, ids) {
      const known = seen.get(feed) ?? new Set();
      return new Set(ids.filter((id) => !known.has(id)));
    },
    async remember(feed, ids) {
      const known = seen.get(feed) ?? new Set<string>();
      for (const id of ids) known.add(id);
      seen.set(feed, known);
    },
    async close() {},
  };
}
