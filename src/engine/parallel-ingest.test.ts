import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readInputs } from '../ingest/read-inputs.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestItemsParallel } from './parallel-ingest.js';
import { syntheticJsonl, syntheticReport } from './worker-fixtures.js';
import { dumpSqlite } from './worker-dump.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-parallel-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Ingest `file` into a new SQLite store with `threads` threads; the summary and every table row. */
async function run(file: string, threads: number, name: string) {
  const path = join(dir, `${name}.db`);
  const store = await openSqliteStore(path);
  const s = await ingestItemsParallel(store, readInputs([file]), { threads, maxInFlight: 5 });
  await store.close();
  const { elapsedMs: _, ...summary } = s;
  return { summary, rows: dumpSqlite(path) };
}

describe('parallel ingest', () => {
  // Duplicates (one far from its first copy, one right after it) and a bad line among the reports.
  const lines = syntheticJsonl(120, 7).trimEnd().split('\n');
  lines.splice(40, 0, lines[3]);
  lines.splice(61, 0, lines[60]);
  lines.splice(90, 0, '{"text": 5}');
  const file = join(dir, 'mixed.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);

  it('stores the same rows, in the same order, with 1 and 2 threads', async () => {
    const one = await run(file, 1, 'one');
    const two = await run(file, 2, 'two');
    assert.deepEqual({ read: one.summary.read, stored: one.summary.stored, duplicates: one.summary.duplicates, rejected: one.summary.rejected }, { read: 123, stored: 120, duplicates: 2, rejected: 1 });
    assert.deepEqual(two.summary, one.summary);
    assert.equal(two.rows.reports.length, 120);
    assert.deepEqual(two.rows, one.rows);
  });

  it('takes the one-thread path for small inputs and gives the same result', async () => {
    const small = join(dir, 'small.jsonl');
    writeFileSync(small, `${JSON.stringify(syntheticReport(1, 9))}\n${JSON.stringify(syntheticReport(2, 9))}\n`);
    const a = await run(small, 1, 'small-one');
    const b = await run(small, 4, 'small-four');
    assert.equal(a.summary.stored, 2);
    assert.deepEqual(b, a);
  });

  it('stores nothing twice when run again over the same input', async () => {
    const path = join(dir, 'two.db');
    const store = await openSqliteStore(path);
    const s = await ingestItemsParallel(store, readInputs([file]), { threads: 2, minReportsForThreads: 1 });
    await store.close();
    assert.deepEqual({ stored: s.stored, duplicates: s.duplicates, rejected: s.rejected }, { stored: 0, duplicates: 122, rejected: 1 });
  });
});
