import type { Diagnostic } from '../model/diagnostic.js';
import type { ReadItem } from '../ingest/read-item.js';
import { enqueueReports, type QueuedReport } from '../store/postgres/pg-queue.js';
import type { PostgresStore } from '../store/postgres/pg-store.js';
import { StoreError, type Store } from '../store/store.js';

export interface EnqueueSummary {
  read: number;
  /** Reports added to the queue by this run. */
  enqueued: number;
  /** Reports already queued or already stored, left alone. */
  already: number;
  rejected: number;
  rejections: Diagnostic[];
  warnings: Diagnostic[];
  elapsedMs: number;
}

export interface EnqueueOptions {
  /** Reports per INSERT (default 200). */
  batchSize?: number;
  onProgress?: (s: { read: number; enqueued: number; already: number; rejected: number; elapsedMs: number }) => void;
}

/** The store as a PostgreSQL store, or a StoreError saying the queue needs one. */
export function asQueueStore(store: Store): PostgresStore {
  if (store.kind !== 'postgres' || !('pool' in store)) {
    throw new StoreError('queue/needs-postgres', 'the queue lives in PostgreSQL: give --db a postgres:// URL (with SQLite, ingest analyses on every core instead)');
  }
  return store as PostgresStore;
}

/**
 * Enqueue a stream of read items without analysing them: ids are computed by the readers and
 * each report is stored raw in the queue table, once per id however often it is enqueued.
 * Workers (`newsgraph worker`) analyse and store them.
 */
export async function enqueueItems(store: Store, items: AsyncIterable<ReadItem>, options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const pg = asQueueStore(store);
  const size = options.batchSize ?? 200;
  const t0 = performance.now();
  const s: EnqueueSummary = { read: 0, enqueued: 0, already: 0, rejected: 0, rejections: [], warnings: [], elapsedMs: 0 };
  let batch: QueuedReport[] = [];
  const flush = async () => {
    const added = await enqueueReports(pg.pool, batch);
    s.enqueued += added;
    s.already += batch.length - added;
    batch = [];
    options.onProgress?.({ read: s.read, enqueued: s.enqueued, already: s.already, rejected: s.rejected, elapsedMs: performance.now() - t0 });
  };
  for await (const item of items) {
    s.read++;
    if (item.kind === 'rejected') {
      s.rejected++;
      s.rejections.push(item.diagnostic);
      continue;
    }
    s.warnings.push(...item.warnings);
    batch.push({ report: item.report, warnings: item.warnings });
    if (batch.length >= size) await flush();
  }
  if (batch.length > 0) await flush();
  s.elapsedMs = performance.now() - t0;
  return s;
}
