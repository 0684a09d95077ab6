import { readFeedStream } from '../ingest/feed-reader.js';
import { charsetFromContentType } from '../ingest/encoding.js';
import { DEFAULT_MAX_FILE_BYTES, type ReadItem } from '../ingest/read-item.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Store } from '../store/store.js';
import { ingestItems } from './ingest.js';
import { fetchFeed } from './watch-fetch.js';
import { initialFeedState, type WatchState } from './watch-state.js';

/** What one poll of one feed did. */
export interface PollResult {
  feed: string;
  status: 'new' | 'not-modified' | 'error';
  /** Items in the feed this time, and how many were not seen before. */
  items: number;
  fresh: number;
  stored: number;
  duplicates: number;
  rejected: number;
  /** Rejections of items, naming feed and line. */
  rejections: ReadItem[];
  error: string | null;
  /** Consecutive failures so far (0 after a success). */
  failures: number;
}

export interface PollOptions {
  state: WatchState;
  pipeline?: Pipeline;
  /** Report date for items that give none. */
  date?: string | null;
  maxBytes?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

const FEED_LEVEL = new Set(['input/bad-xml', 'input/xml-entities', 'input/not-a-feed']);

/** The id that marks an item as seen: its guid/id, else its link, else the report id. */
function itemId(item: ReadItem & { kind: 'report' }): string {
  return item.report.externalId ?? item.report.url ?? item.report.id;
}

/**
 * Poll one feed: fetch it conditionally, read its items, ingest only items whose id this feed
 * has not given before, then remember them and the feed's ETag/Last-Modified. A network or
 * parse failure is counted for back-off and never thrown.
 */
export async function pollFeed(store: Store, feed: string, options: PollOptions): Promise<PollResult> {
  const state = (await options.state.getFeed(feed)) ?? initialFeedState(feed);
  const result: PollResult = { feed, status: 'new', items: 0, fresh: 0, stored: 0, duplicates: 0, rejected: 0, rejections: [], error: null, failures: 0 };
  const fetched = await fetchFeed(feed, state, { timeoutMs: options.timeoutMs ?? 30_000, maxBytes: options.maxBytes ?? DEFAULT_MAX_FILE_BYTES, signal: options.signal });
  const now = new Date().toISOString();
  if (fetched.status !== 'ok') {
    const failed = fetched.status === 'error';
    result.status = fetched.status;
    result.error = failed ? fetched.message : null;
    result.failures = failed ? state.failures + 1 : 0;
    await options.state.putFeed({ ...state, failures: result.failures, lastPolledAt: now });
    return result;
  }
  const reports: (ReadItem & { kind: 'report' })[] = [];
  async function* chunks() {
    yield fetched.status === 'ok' ? fetched.bytes : new Uint8Array(0);
  }
  for await (const item of readFeedStream(chunks(), feed, { date: options.date, declaredCharset: charsetFromContentType(fetched.contentType) })) {
    if (item.kind === 'report') reports.push(item);
    else result.rejections.push(item);
  }
  result.items = reports.length;
  // A feed that is not a feed at all (an error page, a login wall) counts as a failure.
  const fatal = result.rejections.find((r) => r.kind === 'rejected' && FEED_LEVEL.has(r.diagnostic.code));
  if (reports.length === 0 && fatal && fatal.kind === 'rejected') {
    result.status = 'error';
    result.error = `${fatal.diagnostic.code}: ${fatal.diagnostic.message}`;
    result.failures = state.failures + 1;
    result.rejected = result.rejections.length;
    await options.state.putFeed({ ...state, failures: result.failures, lastPolledAt: now });
    return result;
  }
  const unseen = await options.state.unseen(feed, reports.map(itemId));
  const fresh = reports.filter((r) => unseen.has(itemId(r)));
  result.fresh = fresh.length;
  async function* all(): AsyncGenerator<ReadItem> {
    yield* result.rejections;
    yield* fresh;
  }
  const summary = await ingestItems(store, all(), { pipeline: options.pipeline });
  result.stored = summary.stored;
  result.duplicates = summary.duplicates;
  result.rejected = summary.rejected;
  // Items whose analysis failed are not remembered, so the next poll tries them again.
  const failed = new Set(summary.rejections.filter((d) => d.code === 'analysis/failed').map((d) => d.line));
  await options.state.remember(feed, fresh.filter((r) => !failed.has(r.report.origin?.line)).map(itemId));
  await options.state.putFeed({ feed, etag: fetched.etag, lastModified: fetched.lastModified, failures: 0, lastPolledAt: now });
  return result;
}

export interface WatchOptions extends PollOptions {
  /** Time between polls of a healthy feed. */
  everyMs: number;
  /** Poll each feed once and return. */
  once?: boolean;
  /** Back-off after failures: base × 2^(failures−1), capped. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  onPoll?: (result: PollResult, nextInMs: number | null) => void;
  /** For tests: how to wait (must resolve early when the signal aborts). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Wait `ms`, or less if `signal` aborts. */
export function sleepMs(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * The wait before the next poll: the interval when healthy; after failures, base × 2^(n−1)
 * capped at `maxMs` (so a brief outage is retried soon, a long one rarely).
 */
export function nextDelayMs(failures: number, everyMs: number, baseMs: number, maxMs: number): number {
  if (failures === 0) return everyMs;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 30));
}

/**
 * Poll feeds until `signal` aborts (or once each with `once`): each feed on its own schedule,
 * failing feeds backing off without holding up the others. Returns every poll's result.
 */
export async function watchFeeds(store: Store, feeds: string[], options: WatchOptions): Promise<PollResult[]> {
  const sleep = options.sleep ?? sleepMs;
  const baseMs = options.backoffBaseMs ?? 30_000;
  const maxMs = options.backoffMaxMs ?? Math.max(options.everyMs, 60 * 60_000);
  const due = new Map(feeds.map((f) => [f, 0]));
  const results: PollResult[] = [];
  let clock = 0;
  while (!options.signal?.aborted) {
    const [feed, at] = [...due.entries()].sort((a, b) => a[1] - b[1])[0] ?? [];
    if (feed === undefined) break;
    if (at > clock) {
      await sleep(at - clock, options.signal);
      if (options.signal?.aborted) break;
      clock = at;
    }
    const t0 = performance.now();
    const result = await pollFeed(store, feed, options);
    clock += performance.now() - t0;
    results.push(result);
    if (options.once) {
      due.delete(feed);
      options.onPoll?.(result, null);
      continue;
    }
    const delay = nextDelayMs(result.failures, options.everyMs, baseMs, maxMs);
    due.set(feed, clock + delay);
    options.onPoll?.(result, delay);
  }
  return results;
}
