import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { finishReport } from '../ingest/finish-report.js';
import type { ReadItem } from '../ingest/read-item.js';
import { completeQueued } from '../store/postgres/pg-put.js';
import { claimReports, failExhausted, queueCounts } from '../store/postgres/pg-queue.js';
import { openPostgresStore, type PostgresStore } from '../store/postgres/pg-store.js';
import { createDatabase, pgUnavailableReason, startTestServer, type TestServer } from '../store/postgres/throwaway-server.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { docToAnalysis, getDefaultPipeline } from './analyze.js';
import { relink } from './link.js';
import { enqueueItems } from './queue.js';
import { runWorker } from './worker.js';
import { dumpPostgres } from './worker-dump.js';
import { syntheticReport } from './worker-fixtures.js';

async function* items(from: number, to: number, seed: number): AsyncGenerator<ReadItem> {
  for (let n = from; n < to; n++) {
    const r = syntheticReport(n, seed);
    yield { kind: 'report', report: finishReport({ ...r, externalId: r.id, id: null, origin: { file: 'synthetic.jsonl', line: n + 1 } }), warnings: [] };
  }
}

const skip = pgUnavailableReason();
if (skip) {
  it('queue and workers', { skip }, () => undefined);
} else {
  describe('queue and workers', () => {
    let server: TestServer;
    const open: PostgresStore[] = [];
    const drops: (() => Promise<void>)[] = [];
    const fresh = async (poolSize = 4) => {
      const db = await createDatabase(server);
      drops.push(db.drop);
      const store = await openPostgresStore(db.url, { poolSize });
      open.push(store);
      return { store, url: db.url };
    };
    before(async () => {
      server = await startTestServer();
    });
    after(async () => {
      for (const s of open) await s.close().catch(() => undefined);
      for (const d of drops) await d().catch(() => undefined);
      await server.stop();
    });

    const N = 120;
    let single: { store: PostgresStore; url: string };

    it('enqueues each report once, however often it is enqueued', async () => {
      single = await fresh();
      const s1 = await enqueueItems(single.store, items(0, N, 3), { batchSize: 50 });
      assert.deepEqual({ read: s1.read, enqueued: s1.enqueued, already: s1.already }, { read: N, enqueued: N, already: 0 });
      const s2 = await enqueueItems(single.store, items(N - 10, N + 5, 3));
      assert.deepEqual({ enqueued: s2.enqueued, already: s2.already }, { enqueued: 5, already: 10 });
      assert.equal((await queueCounts(single.store.pool)).pending, N + 5);
      assert.equal((await single.store.stats()).reports, 0);
    });

    it('refuses to enqueue into SQLite, saying why', async () => {
      const sqlite = await openSqliteStore(':memory:');
      await assert.rejects(enqueueItems(sqlite, items(0, 1, 3)), (e: unknown) => (e as { code?: string }).code === 'queue/needs-postgres');
      await sqlite.close();
    });

    it('one worker with --once drains the queue and stores every report with its annotations', async () => {
      const s = await runWorker(single.store, { once: true, batchSize: 8 });
      assert.deepEqual({ stored: s.stored, duplicates: s.duplicates, failed: s.failed, lost: s.lost }, { stored: N + 5, duplicates: 0, failed: 0, lost: 0 });
      assert.deepEqual(await queueCounts(single.store.pool), { pending: 0, leased: 0, done: N + 5, failed: 0 });
      const pipeline = await getDefaultPipeline();
      const first = (await items(0, 1, 3).next()).value as Extract<ReadItem, { kind: 'report' }>;
      assert.deepEqual(await single.store.getAnalysis(first.report.id), docToAnalysis(pipeline.run(first.report)));
    });

    it('four concurrent workers store the same rows, entities and stories as one', async () => {
      const four = await fresh();
      await enqueueItems(four.store, items(0, N + 5, 3));
      const others = await Promise.all([1, 2, 3].map(() => openPostgresStore(four.url)));
      open.push(...others);
      const runs = await Promise.all([four.store, ...others].map((st, i) => runWorker(st, { once: true, batchSize: 3, name: `w${i}` })));
      assert.equal(runs.reduce((n, r) => n + r.stored, 0), N + 5);
      assert.ok(runs.filter((r) => r.stored > 0).length >= 2, 'the work was shared');
      await relink(single.store);
      await relink(four.store);
      const a = await dumpPostgres(single.url);
      const b = await dumpPostgres(four.url);
      assert.ok(a.link_items.length > 0);
      assert.deepEqual(b, a);
    });

    it('takes over the reports of a worker whose lease ran out, and the late worker stores nothing', async () => {
      const { store } = await fresh();
      await enqueueItems(store, items(0, 6, 5));
      const crashed = await claimReports(store.pool, 'crashed', 4, 300, 10);
      assert.equal(crashed.items.length, 4);
      // Within the lease the rows are not claimable; --once waits for them rather than exiting.
      const s = await runWorker(store, { once: true, batchSize: 2, pollMs: 50 });
      assert.equal(s.stored, 6);
      const pipeline = await getDefaultPipeline();
      const late = docToAnalysis(pipeline.run(crashed.items[0].report));
      assert.equal(await completeQueued(store.pool, late, null, crashed.token), 'lost');
      assert.equal((await store.stats()).reports, 6);
      assert.deepEqual(await queueCounts(store.pool), { pending: 0, leased: 0, done: 6, failed: 0 });
    });

    it('fails a report abandoned too many times instead of retrying it for ever', async () => {
      const { store } = await fresh();
      await enqueueItems(store, items(0, 1, 6));
      await claimReports(store.pool, 'crashed', 1, 1, 1);
      await new Promise((r) => setTimeout(r, 20));
      assert.equal((await claimReports(store.pool, 'again', 1, 1000, 1)).items.length, 0);
      assert.equal(await failExhausted(store.pool, 1), 1);
      const s = await runWorker(store, { once: true, maxAttempts: 1 });
      assert.equal(s.stored, 0);
      assert.deepEqual(await queueCounts(store.pool), { pending: 0, leased: 0, done: 0, failed: 1 });
    });
  });
}
