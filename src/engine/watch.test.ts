import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createPipeline } from '../nlp/pipeline.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { nextDelayMs, pollFeed, watchFeeds, type PollResult } from './watch.js';
import { createMemoryWatchState } from './watch-state.js';
import { openSqliteWatchState } from './watch-state-sqlite.js';

const pipeline = createPipeline([]);

const item = (guid: string, text: string, date = 'Sat, 02 Mar 2024 09:00:00 GMT') =>
  `<item><title>${guid}</title><guid>${guid}</guid><pubDate>${date}</pubDate><description>${text}</description></item>`;
const rss = (...items: string[]) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Coastline Herald</title>${items.join('')}</channel></rss>`;

/** A feed server on 127.0.0.1 (port 0) whose feed the test changes between polls; it honours ETags and can fail on demand. */
async function startServer() {
  const state = { body: rss(item('a', 'The mayor said the beach was closed.')), failNext: 0, requests: [] as { path: string; ifNoneMatch: string | null; status: number }[] };
  const etag = () => `"${Buffer.from(state.body).length}-${state.body.length % 97}"`;
  const server: Server = createServer((req, res) => {
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    let status = 200;
    if (req.url === '/slow') {
      return; // never answers: the client must time out
    }
    if (state.failNext > 0) {
      state.failNext--;
      status = 503;
      res.writeHead(503).end('busy');
    } else if (req.url === '/not-a-feed') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Please log in</body></html>');
    } else if (ifNoneMatch === etag()) {
      status = 304;
      res.writeHead(304).end();
    } else {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: etag() }).end(state.body);
    }
    state.requests.push({ path: req.url ?? '', ifNoneMatch, status });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { state, url, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

/** A port that was just free: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const brief = (r: PollResult) => `${r.status} items=${r.items} fresh=${r.fresh} stored=${r.stored} failures=${r.failures}`;

test('poll: new items are ingested once; an unchanged feed is a 304; a changed feed gives only its new items', async () => {
  const srv = await startServer();
  const store = await openSqliteStore(':memory:');
  const state = createMemoryWatchState();
  const feed = `${srv.url}/feed.xml`;
  try {
    const polls: string[] = [];
    polls.push(brief(await pollFeed(store, feed, { state, pipeline })));
    polls.push(brief(await pollFeed(store, feed, { state, pipeline })));
    srv.state.body = rss(item('b', 'The port said the tanker was towed.'), item('a', 'The mayor said the beach was closed.'));
    polls.push(brief(await pollFeed(store, feed, { state, pipeline })));
    // The same guid with edited text is not ingested again.
    srv.state.body = rss(item('b', 'The port said the tanker was towed to Lisbon.'), item('a', 'The mayor said the beach was closed.'));
    polls.push(brief(await pollFeed(store, feed, { state, pipeline })));
    assert.deepEqual(polls, [
      'new items=1 fresh=1 stored=1 failures=0',
      'not-modified items=0 fresh=0 stored=0 failures=0',
      'new items=2 fresh=1 stored=1 failures=0',
      'new items=2 fresh=0 stored=0 failures=0',
    ]);
    assert.equal((await store.stats()).reports, 2);
    assert.deepEqual(srv.state.requests.map((r) => r.status), [200, 304, 200, 200]);
    assert.equal(srv.state.requests[0].ifNoneMatch, null);
    assert.ok(srv.state.requests[1].ifNoneMatch);
  } finally {
    await store.close();
    await srv.close();
  }
});

test('watch: a failing feed backs off and recovers while a healthy feed keeps being polled', async () => {
  const srv = await startServer();
  const store = await openSqliteStore(':memory:');
  const state = createMemoryWatchState();
  const good = `${srv.url}/feed.xml`;
  const refused = `http://127.0.0.1:${await closedPort()}/feed.xml`;
  const abort = new AbortController();
  const log: { feed: string; status: string; failures: number; next: number | null }[] = [];
  const waits: number[] = [];
  const refusedErrors: string[] = [];
  try {
    await watchFeeds(store, [good, refused], {
      state, pipeline, everyMs: 1000, backoffBaseMs: 100, backoffMaxMs: 400, timeoutMs: 2000, signal: abort.signal,
      // A virtual clock: no real waiting, but the schedule is exercised.
      sleep: async (ms) => {
        waits.push(Math.round(ms));
      },
      onPoll: (r, next) => {
        log.push({ feed: r.feed === good ? 'good' : 'refused', status: r.status, failures: r.failures, next });
        if (r.error) refusedErrors.push(r.error);
        if (r.feed === good && log.filter((l) => l.feed === 'good').length === 2) srv.state.body = rss(item('c', 'Crews arrived, officials said.'), item('a', 'The mayor said the beach was closed.'));
        if (log.length >= 12) abort.abort();
      },
    });
    const refusedLog = log.filter((l) => l.feed === 'refused');
    assert.ok(refusedLog.length >= 6);
    assert.ok(refusedLog.every((l) => l.status === 'error'));
    assert.match(refusedErrors[0], /ECONNREFUSED/);
    assert.deepEqual(refusedLog.slice(0, 5).map((l) => l.next), [100, 200, 400, 400, 400]);
    const goodLog = log.filter((l) => l.feed === 'good');
    assert.ok(goodLog.length >= 2);
    assert.deepEqual(goodLog.slice(0, 3).map((l) => l.status), ['new', 'not-modified', 'new'].slice(0, goodLog.length));
    assert.equal((await store.stats()).reports, goodLog.length >= 3 ? 2 : 1);
  } finally {
    await store.close();
    await srv.close();
  }
});

test('poll: server errors, timeouts and non-feeds count as failures; the next good poll resets them', async () => {
  const srv = await startServer();
  const store = await openSqliteStore(':memory:');
  const state = createMemoryWatchState();
  try {
    srv.state.failNext = 2;
    const feed = `${srv.url}/feed.xml`;
    const a = await pollFeed(store, feed, { state, pipeline });
    const b = await pollFeed(store, feed, { state, pipeline });
    const c = await pollFeed(store, feed, { state, pipeline });
    assert.deepEqual([a, b, c].map(brief), ['error items=0 fresh=0 stored=0 failures=1', 'error items=0 fresh=0 stored=0 failures=2', 'new items=1 fresh=1 stored=1 failures=0']);
    assert.match(a.error ?? '', /HTTP 503/);
    const login = await pollFeed(store, `${srv.url}/not-a-feed`, { state, pipeline });
    assert.equal(login.status, 'error');
    assert.match(login.error ?? '', /input\/not-a-feed/);
    const t0 = performance.now();
    const slow = await pollFeed(store, `${srv.url}/slow`, { state, pipeline, timeoutMs: 300 });
    assert.equal(slow.status, 'error');
    assert.match(slow.error ?? '', /no answer within 300 ms/);
    assert.ok(performance.now() - t0 < 3000);
  } finally {
    await store.close();
    await srv.close();
  }
});

test('state in the store file survives a restart: a second --once run ingests nothing; a file feed is re-read only when it changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-watch-'));
  const dbPath = join(dir, 'news.db');
  const feedFile = join(dir, 'feed.xml');
  writeFileSync(feedFile, rss(item('a', 'The mayor said the beach was closed.'), item('b', 'The port said the tanker was towed.')));
  try {
    const run = async () => {
      const store = await openSqliteStore(dbPath);
      const state = openSqliteWatchState(dbPath);
      try {
        return (await watchFeeds(store, [feedFile], { state, pipeline, everyMs: 1000, once: true })).map(brief);
      } finally {
        await state.close();
        await store.close();
      }
    };
    assert.deepEqual(await run(), ['new items=2 fresh=2 stored=2 failures=0']);
    assert.deepEqual(await run(), ['not-modified items=0 fresh=0 stored=0 failures=0']);
    writeFileSync(feedFile, rss(item('c', 'Crews arrived, officials said.'), item('a', 'The mayor said the beach was closed.')));
    utimesSync(feedFile, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(await run(), ['new items=2 fresh=1 stored=1 failures=0']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('nextDelayMs: the interval when healthy, doubling back-off from the base, capped', () => {
  const cases: [number, number][] = [[0, 900_000], [1, 30_000], [2, 60_000], [3, 120_000], [7, 1_920_000], [8, 3_600_000], [40, 3_600_000]];
  for (const [failures, want] of cases) assert.equal(nextDelayMs(failures, 900_000, 30_000, 3_600_000), want, String(failures));
});
