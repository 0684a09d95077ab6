import { parseReportDate } from '../../ingest/dates.js';
import { createMemoryWatchState, type WatchState } from '../../engine/watch-state.js';
import { openSqliteWatchState } from '../../engine/watch-state-sqlite.js';
import { parseDurationMs } from '../../engine/watch-duration.js';
import { watchFeeds, type PollResult } from '../../engine/watch.js';
import { isPostgresUrl } from '../../store/open-store.js';
import { type CommandSpec, DB_OPTION, JSON_OPTION, dbLocation, intOption, println, usageError } from '../command.js';
import { withStore } from './with-store.js';

const MIN_EVERY_MS = 10_000;

function describe(r: PollResult, nextInMs: number | null): string {
  const next = nextInMs === null ? '' : `; next poll in ${Math.round(nextInMs / 1000)} s`;
  if (r.status === 'error') return `${r.feed}: failed (${r.error}); ${r.failures} failure(s) in a row${next}`;
  if (r.status === 'not-modified') return `${r.feed}: not modified${next}`;
  return `${r.feed}: ${r.items} item(s), ${r.fresh} new: ${r.stored} stored, ${r.duplicates} already stored, ${r.rejected} rejected${next}`;
}

/** `newsgraph watch`: poll feeds and ingest new items as they appear. */
export const watchCommand: CommandSpec = {
  name: 'watch',
  summary: 'poll RSS/Atom feeds (URLs or files) and ingest only new items, until stopped',
  description: 'Each feed is fetched with its last ETag/Last-Modified, so an unchanged feed costs one 304. Items already taken (by guid/id, else link) are not ingested again, also after a restart: the feed state is kept in the store file. A feed that fails (network error, HTTP error, not a feed) is retried with doubling back-off (30 s, 1 min, 2 min, ... up to an hour) while the others go on. Ctrl-C stops after the current poll.',
  positionals: [{ name: 'feed-url|file', required: true, variadic: true }],
  options: {
    db: DB_OPTION,
    every: { type: 'string', placeholder: 'duration', default: '15m', description: 'time between polls of each feed: 30s, 15m, 1h (at least 10 s)' },
    once: { type: 'boolean', description: 'poll each feed once and exit' },
    date: { type: 'string', placeholder: 'YYYY-MM-DD', description: 'report date for items that give none' },
    'max-bytes': { type: 'string', placeholder: 'n', description: 'largest feed accepted (default: 10 MiB)' },
    'timeout': { type: 'string', placeholder: 'duration', default: '30s', description: 'give up on a feed that does not answer within this time' },
    json: { ...JSON_OPTION, description: 'print one JSON line per poll' },
  },
  examples: [
    'newsgraph watch https://example.org/rss.xml --every 15m',
    'newsgraph watch feeds/*.xml --once --db news.db',
    'newsgraph watch https://example.org/atom.xml --every 5m --json | jq .stored',
  ],
  async run(ctx) {
    const everyMs = parseDurationMs(String(ctx.values.every ?? '15m'));
    if (everyMs === null || everyMs < MIN_EVERY_MS) throw usageError(`--every takes a duration of at least 10s such as 30s, 15m or 1h, not "${ctx.values.every}"`);
    const timeoutMs = parseDurationMs(String(ctx.values.timeout ?? '30s'));
    if (timeoutMs === null) throw usageError(`--timeout takes a duration such as 10s, not "${ctx.values.timeout}"`);
    if (ctx.values.date !== undefined && !parseReportDate(String(ctx.values.date))) throw usageError(`--date takes YYYY-MM-DD, not "${ctx.values.date}"`);
    const maxBytes = ctx.values['max-bytes'] === undefined ? undefined : intOption(ctx, 'max-bytes', 1);
    const location = dbLocation(ctx);
    const inMemory = isPostgresUrl(location) || location === ':memory:';
    if (inMemory) println(ctx.stderr, 'watch: feed state is kept in memory only for this store; a restart may fetch items again (the store still skips identical reports)');
    const abort = new AbortController();
    const stop = () => abort.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let failures = 0;
    try {
      await withStore(ctx, async (store) => {
        // Opened after the store, which creates the file and its folder.
        const state: WatchState = inMemory ? createMemoryWatchState() : openSqliteWatchState(location);
        try {
          await watchFeeds(store, ctx.positionals, {
            state, everyMs, once: Boolean(ctx.values.once), timeoutMs, maxBytes, date: (ctx.values.date as string | undefined) ?? null, signal: abort.signal,
            onPoll(r, next) {
              if (r.status === 'error') failures++;
              if (ctx.values.json) {
                println(ctx.stdout, JSON.stringify({ feed: r.feed, status: r.status, items: r.items, fresh: r.fresh, stored: r.stored, duplicates: r.duplicates, rejected: r.rejected, failures: r.failures, error: r.error, nextInMs: next }));
              } else {
                println(ctx.stdout, describe(r, next));
                for (const item of r.rejections) if (item.kind === 'rejected') println(ctx.stderr, `rejected: ${item.diagnostic.file}${item.diagnostic.line ? `:${item.diagnostic.line}` : ''}: ${item.diagnostic.code}: ${item.diagnostic.message}`);
              }
            },
          });
        } finally {
          await state.close();
        }
      });
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
    return ctx.values.once && failures > 0 ? 1 : 0;
  },
};
