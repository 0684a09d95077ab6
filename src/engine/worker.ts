import { hostname } from 'node:os';
import type { Analysis } from '../model/analysis.js';
import type { Report } from '../model/report.js';
import { completeQueued } from '../store/postgres/pg-put.js';
import { claimReports, extendClaim, failExhausted, failReport, queueCounts, releaseClaim } from '../store/postgres/pg-queue.js';
import type { Store } from '../store/store.js';
import { docToAnalysis, getDefaultPipeline } from './analyze.js';
import { createAnalysisPool } from './parallel-ingest-pool.js';
import { asQueueStore } from './queue.js';

export interface WorkerOptions {
  /** Reports analysed at once (default 1); above 1 they run on that many threads. */
  concurrency?: number;
  /** Drain the queue, then return (default: keep polling until `signal` aborts). */
  once?: boolean;
  /** How long a claim holds its reports before any worker may take them over (default 30 s). */
  leaseMs?: number;
  /** Reports per claim (default 4). */
  batchSize?: number;
  /** Claims per report before it is failed as abandoned (default 10). */
  maxAttempts?: number;
  /** Wait between polls of an empty queue (default 1 s). */
  pollMs?: number;
  /** Names this worker in the queue table (default host:pid). */
  name?: string;
  signal?: AbortSignal;
  onProgress?: (s: WorkerSummary) => void;
}

export interface WorkerSummary {
  stored: number;
  /** Reports found already stored (another worker or a direct ingest got there first). */
  duplicates: number;
  failed: number;
  /** Reports whose lease ran out and were taken over before this worker finished them. */
  lost: number;
  elapsedMs: number;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  if (signal?.aborted) return resolve();
  const t = setTimeout(done, ms);
  function done() {
    clearTimeout(t);
    signal?.removeEventListener('abort', done);
    resolve();
  }
  signal?.addEventListener('abort', done, { once: true });
});

/** SQLSTATE classes 22 (data exception) and 23 (integrity): the report's rows are bad, retrying will not help. */
const isDataError = (e: unknown) => /^2[23]/.test(String((e as { code?: unknown }).code ?? ''));

/**
 * Run a queue worker on a PostgreSQL store: claim reports (FOR UPDATE SKIP LOCKED, under a
 * lease), analyse them, and store each report with its annotations and its queue row's
 * completion in one transaction. Any number of workers, on any number of machines, can run
 * against one database; a crashed worker's reports are retried by others when its lease ends.
 */
export async function runWorker(store: Store, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const pg = asQueueStore(store);
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const leaseMs = options.leaseMs ?? 30_000;
  const batchSize = options.batchSize ?? 4;
  const maxAttempts = options.maxAttempts ?? 10;
  const pollMs = options.pollMs ?? 1000;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  // One loop failing (the database gone, say) stops the others too.
  const failed = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, failed.signal]) : failed.signal;
  const t0 = performance.now();
  const s: WorkerSummary = { stored: 0, duplicates: 0, failed: 0, lost: 0, elapsedMs: 0 };
  const progress = () => options.onProgress?.({ ...s, elapsedMs: performance.now() - t0 });

  const pool = concurrency > 1 ? createAnalysisPool(concurrency) : null;
  const pipeline = pool ? null : await getDefaultPipeline();
  const analyse = (r: Report): Promise<Analysis> => (pool ? pool.analyze(r) : Promise.resolve().then(() => docToAnalysis(pipeline!.run(r))));
  const held = new Set<string>();
  const heartbeat = setInterval(() => {
    for (const token of held) extendClaim(pg.pool, token, leaseMs).catch(() => undefined);
  }, Math.max(100, Math.floor(leaseMs / 3)));
  heartbeat.unref();

  // Abandoned rows can only appear when a lease runs out, so looking for them once a lease (and
  // whenever the queue looks empty) is enough.
  let lastSweep = 0;
  const sweep = async (force: boolean) => {
    if (!force && performance.now() - lastSweep < leaseMs) return;
    lastSweep = performance.now();
    await failExhausted(pg.pool, maxAttempts);
  };

  const loop = async () => {
    while (!signal.aborted) {
      await sweep(false);
      const claim = await claimReports(pg.pool, name, batchSize, leaseMs, maxAttempts);
      if (claim.items.length === 0) {
        await sweep(true);
        if (options.once && (await queueCounts(pg.pool)).pending === 0) return;
        await sleep(options.once ? Math.min(pollMs, 250) : pollMs, signal);
        continue;
      }
      held.add(claim.token);
      try {
        // Analyses of a batch start together (threads permitting) and commit in claim order.
        const results = claim.items.map((q) => analyse(q.report));
        for (const p of results) p.catch(() => undefined);
        for (let i = 0; i < claim.items.length; i++) {
          if (signal.aborted) break;
          const { report, warnings } = claim.items[i];
          let analysis: Analysis;
          try {
            analysis = await results[i];
            analysis.diagnostics.unshift(...warnings);
          } catch (e) {
            await failReport(pg.pool, claim.token, report.id, `analysis failed: ${(e as Error).message}`);
            s.failed++;
            progress();
            continue;
          }
          try {
            const r = await completeQueued(pg.pool, analysis, report.origin?.file ?? null, claim.token);
            if (r === 'stored') s.stored++;
            else if (r === 'duplicate') s.duplicates++;
            else s.lost++;
          } catch (e) {
            if (!isDataError(e)) throw e;
            await failReport(pg.pool, claim.token, report.id, `storing failed: ${(e as Error).message}`);
            s.failed++;
          }
          progress();
        }
      } finally {
        held.delete(claim.token);
        // Whatever this batch did not finish (stopping, or an error) goes back at once.
        await releaseClaim(pg.pool, claim.token).catch(() => undefined);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, () => loop().catch((e: unknown) => {
      failed.abort();
      throw e;
    })));
  } finally {
    clearInterval(heartbeat);
    await pool?.close();
  }
  s.elapsedMs = performance.now() - t0;
  return s;
}
