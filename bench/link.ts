import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestItems } from '../src/engine/ingest.js';
import { relink } from '../src/engine/link.js';
import type { ReadItem } from '../src/ingest/read-item.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { loadCorpus, printTable } from './corpus.js';

/**
 * The cost of the cross-report step: the same reports ingested into two fresh SQLite stores in
 * one run, once without linking and once followed by `relink` (entities, copies, stories, gaps).
 */
export async function benchLink(limit = 2225): Promise<void> {
  const { name, reports } = loadCorpus(limit);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-link-'));
  try {
    async function* items(): AsyncGenerator<ReadItem> {
      for (const report of reports) yield { kind: 'report', report, warnings: [] };
    }
    const runs: { label: string; stored: number; ingestS: number; linkS: number }[] = [];
    for (const withLink of [false, true]) {
      const store = await openSqliteStore(join(dir, `${withLink ? 'linked' : 'plain'}.db`));
      const s = await ingestItems(store, items());
      let linkS = 0;
      if (withLink) {
        const l = await relink(store);
        linkS = l.elapsedMs / 1000;
        console.log(`linked: ${l.entities} entities, ${l.stories} stories, ${l.copies} copies, ${l.closures} closed gaps`);
      }
      await store.close();
      runs.push({ label: withLink ? 'ingest + link' : 'ingest only', stored: s.stored, ingestS: s.elapsedMs / 1000, linkS });
    }
    console.log(`ingest with and without the cross-report step on ${name}:`);
    printTable([
      ['run', 'reports', 'ingest s', 'link s', 'total s', 'reports/s'],
      ...runs.map((r) => [r.label, r.stored, r.ingestS.toFixed(2), r.linkS.toFixed(2), (r.ingestS + r.linkS).toFixed(2), Math.round(r.stored / (r.ingestS + r.linkS))]),
    ]);
    const [plain, linked] = runs;
    console.log(`ratio with/without link: ${((linked.stored / (linked.ingestS + linked.linkS)) / (plain.stored / plain.ingestS)).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
