import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestItems } from '../src/engine/ingest.js';
import type { ReadItem } from '../src/ingest/read-item.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { loadCorpus, printTable } from './corpus.js';

/** Reports/s of a full ingest (analysis + one transaction per report) into a fresh SQLite file. */
export async function benchIngest(limit = 2225): Promise<void> {
  const { name, reports } = loadCorpus(limit);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    const store = await openSqliteStore(join(dir, 'bench.db'));
    async function* items(): AsyncGenerator<ReadItem> {
      for (const report of reports) yield { kind: 'report', report, warnings: [] };
    }
    const s = await ingestItems(store, items());
    await store.close();
    console.log(`ingest into SQLite on ${name}:`);
    printTable([
      ['reports', 'stored', 'seconds', 'reports/s', 'peak RSS MB'],
      [reports.length, s.stored, (s.elapsedMs / 1000).toFixed(2), Math.round(s.stored / (s.elapsedMs / 1000)), Math.round(process.resourceUsage().maxRSS / 1024)],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
