import { ingestItemsParallel } from '../src/engine/parallel-ingest.js';
import { runWorker } from '../src/engine/worker.js';
import { openPostgresStore } from '../src/store/postgres/pg-store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { scaleBase, scaleItems } from './scale-corpus.js';

/**
 * One measured run of bench/scale.ts, in its own process so its peak RSS is its own:
 *   sqlite <db> <reports> <threads>   ingest (analysis threads + one writer)
 *   worker <url> <concurrency>        a queue worker draining the queue (--once)
 * Prints one JSON line: stored, seconds, cpuSeconds (all threads), peakRssMb, and RSS samples for the sqlite run.
 */
const [mode, location, a, b] = process.argv.slice(2);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const t0 = performance.now();
const samples: number[] = [];
const sampler = setInterval(() => samples.push(mb(process.memoryUsage.rss())), 5000);
sampler.unref();
let stored = 0;
if (mode === 'sqlite') {
  const { reports } = scaleBase();
  const store = await openSqliteStore(location);
  const s = await ingestItemsParallel(store, scaleItems(reports, Number(a)), { threads: Number(b) });
  await store.close();
  stored = s.stored;
} else if (mode === 'worker') {
  const store = await openPostgresStore(location, { poolSize: Number(a) + 2 });
  const s = await runWorker(store, { once: true, concurrency: Number(a), batchSize: 4, pollMs: 100 });
  await store.close();
  stored = s.stored;
} else {
  throw new Error(`unknown mode ${mode}`);
}
const seconds = (performance.now() - t0) / 1000;
const ru = process.resourceUsage();
const cpuSeconds = (ru.userCPUTime + ru.systemCPUTime) / 1e6;
console.log(JSON.stringify({ stored, seconds, cpuSeconds, peakRssMb: Math.round(ru.maxRSS / 1024), samples }));
