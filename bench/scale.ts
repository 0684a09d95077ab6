import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enqueueItems } from '../src/engine/queue.js';
import { openPostgresStore } from '../src/store/postgres/pg-store.js';
import { createDatabase, pgUnavailableReason, startTestServer, startThrowawayServer, type TestServer } from '../src/store/postgres/throwaway-server.js';
import { printTable } from './corpus.js';
import { scaleBase, scaleItems } from './scale-corpus.js';

/**
 * `node dist/bench/scale.js [--reports N] [--only sqlite|postgres] [--sqlite-threads 1,2] [--workers 1,2,4]`:
 * reports/s and peak RSS for SQLite ingest with 1 and 2 analysis threads, and for PostgreSQL with
 * 1, 2 and 4 queue workers (separate processes, as on separate machines), on the BBC set when it
 * is beside the checkout (else synthetic reports). N above the set's size repeats it with new ids,
 * e.g. --reports 100000 --only sqlite for the memory bound. PostgreSQL is $DATABASE_URL's server,
 * else a throwaway one with fsync on.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const CHILD = fileURLToPath(new URL('./scale-child.js', import.meta.url));
const base = scaleBase();
const count = Number(flag('reports', String(base.reports.length)));
const only = flag('only', 'all');
const threads = flag('sqlite-threads', '1,2').split(',').map(Number);
const workerCounts = flag('workers', '1,2,4').split(',').map(Number);

interface ChildResult { stored: number; seconds: number; cpuSeconds: number; peakRssMb: number; samples: number[] }

function child(argv: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [CHILD, ...argv], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (d) => { out += d; });
    c.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as ChildResult) : reject(new Error(`bench child exited ${code}`))));
  });
}

// Other processes share these machines, so next to wall-clock rates the table shows reports per
// CPU-second of our own processes (the PostgreSQL server's CPU not included) and the load average.
const rows: (string | number)[][] = [['store', 'parallelism', 'reports', 'seconds', 'reports/s', 'speed-up', 'reports/CPU-s', 'peak RSS MB', 'load avg']];
const load = () => loadavg()[0].toFixed(1);
console.log(`scale bench on ${base.name}: ${count} reports, ${tmpdir()}; load average before: ${load()}`);

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-scale-'));
try {
  if (only !== 'postgres') {
    let one = 0;
    for (const t of threads) {
      const r = await child(['sqlite', join(dir, `t${t}.db`), String(count), String(t)]);
      const rate = r.stored / r.seconds;
      one ||= rate;
      rows.push(['sqlite', `${t} thread${t > 1 ? 's' : ''}`, r.stored, r.seconds.toFixed(1), rate.toFixed(1), (rate / one).toFixed(2), (r.stored / r.cpuSeconds).toFixed(1), r.peakRssMb, load()]);
      if (count >= 5000) console.log(`RSS every 5 s (MB), ${t} thread(s): ${r.samples.join(' ')}`);
    }
  }
  const skip = pgUnavailableReason();
  if (only !== 'sqlite' && skip) console.log(`postgres skipped: ${skip}`);
  if (only !== 'sqlite' && !skip) {
    const server: TestServer = process.env.DATABASE_URL ? await startTestServer() : await startThrowawayServer({ durable: true });
    try {
      let one = 0;
      for (const w of workerCounts) {
        const db = await createDatabase(server, 'newsgraph_bench');
        const store = await openPostgresStore(db.url);
        await enqueueItems(store, scaleItems(base.reports, count));
        await store.close();
        const t0 = performance.now();
        const results = await Promise.all(Array.from({ length: w }, () => child(['worker', db.url, '1'])));
        const seconds = (performance.now() - t0) / 1000;
        const stored = results.reduce((n, r) => n + r.stored, 0);
        const rate = stored / seconds;
        one ||= rate;
        const cpu = results.reduce((n, r) => n + r.cpuSeconds, 0);
        rows.push(['postgres', `${w} worker${w > 1 ? 's' : ''}`, stored, seconds.toFixed(1), rate.toFixed(1), (rate / one).toFixed(2), (stored / cpu).toFixed(1), Math.max(...results.map((r) => r.peakRssMb)), load()]);
        await db.drop();
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
printTable(rows);
