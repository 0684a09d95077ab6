/**
 * Fault tests: kill -9 ingesting processes at random points, restart them, and check that every
 * report is stored exactly once with all its annotations and nothing else. They run real CLI
 * processes over 2,000 synthetic reports, so they take a minute or two and are not picked up by
 * `node --test dist/`; run them with `node --test dist/src/engine/worker.faults.js`.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { readInputs } from '../ingest/read-inputs.js';
import { queueCounts } from '../store/postgres/pg-queue.js';
import { openPostgresStore } from '../store/postgres/pg-store.js';
import { createDatabase, pgUnavailableReason, startTestServer, type TestServer } from '../store/postgres/throwaway-server.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { LinkKind, Store } from '../store/store.js';
import { ingestItems } from './ingest.js';
import { relink } from './link.js';
import { dumpSqlite } from './worker-dump.js';
import { syntheticJsonl } from './worker-fixtures.js';

const REPORTS = 2000;
const LINK_KINDS: LinkKind[] = ['entity', 'entity-name', 'member', 'copy', 'story', 'story-report', 'closure'];
const KILLS = 5;
const MAIN = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-faults-'));
const input = join(dir, 'reports.jsonl');
const reference = join(dir, 'reference.db');

/** A seeded random source, so a failing run can be repeated with the same kill points. */
const seed = Number(process.env.NEWSGRAPH_FAULT_SEED ?? Date.now() % 100_000);
let state = seed;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

const exited = (c: ChildProcess) => new Promise<number | null>((resolve) => {
  if (c.exitCode !== null || c.signalCode !== null) resolve(c.exitCode);
  else c.once('exit', (code) => resolve(code));
});

async function killHard(c: ChildProcess): Promise<void> {
  c.kill('SIGKILL');
  await exited(c);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wait until `count()` reaches `target` or the process ends; true when it is still running. */
async function runUntil(c: ChildProcess, count: () => Promise<number> | number, target: number): Promise<boolean> {
  while (c.exitCode === null && c.signalCode === null) {
    if ((await count()) >= target) return true;
    await sleep(50);
  }
  return false;
}

/** Every stored report of `got` equals the reference's, and there is nothing else in any table. */
async function assertSameReports(got: Store, want: Store): Promise<void> {
  const ids = async (s: Store) => {
    const out: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page = await s.listReports({ limit: 500, cursor });
      out.push(...page.items.map((r) => r.id));
      cursor = page.next;
    }
    return out.sort();
  };
  const [a, b] = [await ids(got), await ids(want)];
  assert.equal(new Set(a).size, a.length, 'no report is listed twice');
  assert.deepEqual(a, b);
  for (const id of b) assert.deepEqual(await got.getAnalysis(id), await want.getAnalysis(id), id);
  const { stories: _a, ...gotStats } = await got.stats();
  const { stories: _b, ...wantStats } = await want.stats();
  assert.deepEqual(gotStats, wantStats);
}

describe(`kill -9 while ingesting ${REPORTS} reports (seed ${seed})`, () => {
  before(async () => {
    writeFileSync(input, syntheticJsonl(REPORTS, 11));
    const store = await openSqliteStore(reference);
    const s = await ingestItems(store, readInputs([input]));
    await relink(store);
    await store.close();
    assert.equal(s.stored, REPORTS);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite ingest with threads: killed and rerun, it stores the same rows as one clean run', async () => {
    const path = join(dir, 'faulted.db');
    let count = 0;
    const stored = () => {
      try {
        const db = new Database(path, { readonly: true, fileMustExist: true });
        try {
          return (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
        } finally {
          db.close();
        }
      } catch {
        return 0;
      }
    };
    let kills = 0;
    for (let k = 0; k < KILLS; k++) {
      const target = count + Math.ceil(random() * ((REPORTS - count) / (KILLS - k + 1)));
      const c = cli(['ingest', input, '--db', path, '--threads', '2', '--no-link']);
      if (await runUntil(c, stored, target)) {
        await killHard(c);
        kills++;
      } else await exited(c);
      count = stored();
    }
    assert.ok(kills >= 2, `killed ${kills} times`);
    const last = cli(['ingest', input, '--db', path, '--threads', '2', '--no-link']);
    assert.equal(await exited(last), 0);
    // Links are recomputed from the stored reports as a whole, so they match too.
    const store = await openSqliteStore(path);
    await relink(store);
    await store.close();
    assert.deepEqual(dumpSqlite(path), dumpSqlite(reference));
  });

  const skip = pgUnavailableReason();
  it('PostgreSQL workers: killed at random and replaced, every report is stored exactly once', { skip: skip ?? false }, async () => {
    const server: TestServer = await startTestServer();
    const db = await createDatabase(server);
    const store = await openPostgresStore(db.url);
    const ref = await openSqliteStore(reference);
    const workers: ChildProcess[] = [];
    try {
      const q = cli(['ingest', input, '--queue', '--db', db.url]);
      assert.equal(await exited(q), 0);
      assert.equal((await queueCounts(store.pool)).pending, REPORTS);
      const start = () => cli(['worker', '--db', db.url, '--lease', '1s', '--batch', '4', '--once']);
      workers.push(start(), start());
      const done = async () => (await queueCounts(store.pool)).done;
      let kills = 0;
      for (let k = 0; k < KILLS; k++) {
        const now = await done();
        const target = now + Math.ceil(random() * ((REPORTS - now) / (KILLS - k + 1)));
        const i = Math.floor(random() * workers.length);
        if (await runUntil(workers[i], done, target)) {
          await killHard(workers[i]);
          kills++;
          workers[i] = start();
        }
      }
      assert.ok(kills >= 2, `killed ${kills} times`);
      for (const w of workers) assert.equal(await exited(w), 0);
      assert.deepEqual(await queueCounts(store.pool), { pending: 0, leased: 0, done: REPORTS, failed: 0 });
      await assertSameReports(store, ref);
      await relink(store);
      for (const kind of LINK_KINDS) assert.deepEqual(await store.linkItems(kind), await ref.linkItems(kind), kind);
    } finally {
      for (const w of workers) if (w.exitCode === null && w.signalCode === null) await killHard(w);
      await ref.close();
      await store.close();
      await db.drop().catch(() => undefined);
      await server.stop();
    }
  });
});
