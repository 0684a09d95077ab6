import { availableParallelism } from 'node:os';
import { createDiagnostic } from '../model/diagnostic.js';
import type { Analysis } from '../model/analysis.js';
import type { ReadItem } from '../ingest/read-item.js';
import type { Store } from '../store/store.js';
import { ingestItems, type IngestOptions, type IngestSummary } from './ingest.js';
import { createAnalysisPool, type AnalysisPool } from './parallel-ingest-pool.js';

export interface ParallelIngestOptions extends IngestOptions {
  /** Analysis threads (default: the number of cores). 1 analyses on the calling thread. */
  threads?: number;
  /** Most reports read ahead of the writer (default: 8 per thread); bounds memory. */
  maxInFlight?: number;
  /** Inputs below this many reports are ingested on one thread, as threads would cost more to start than they save. */
  minReportsForThreads?: number;
}

/** What the writer does with one input, in input order. */
type Slot =
  | { kind: 'rejected'; item: Extract<ReadItem, { kind: 'rejected' }> }
  | { kind: 'duplicate' }
  | { kind: 'analysed'; item: Extract<ReadItem, { kind: 'report' }>; result: Promise<Analysis> };

/** The default thread count: every core. */
export function defaultThreads(): number {
  return availableParallelism();
}

async function* prepend<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/**
 * Ingest like ingestItems, but analyse on `threads` worker threads while this thread alone
 * writes to the store, in input order, so the stored rows and the summary are the same as with
 * one thread. Reading streams: at most `maxInFlight` reports are held between reader and writer.
 */
export async function ingestItemsParallel(store: Store, items: AsyncIterable<ReadItem>, options: ParallelIngestOptions = {}): Promise<IngestSummary> {
  const threads = Math.max(1, options.threads ?? defaultThreads());
  // A caller's own pipeline object cannot cross into threads; it runs here.
  if (threads === 1 || options.pipeline) return ingestItems(store, items, options);
  const it = items[Symbol.asyncIterator]();
  const head: ReadItem[] = [];
  const minReports = options.minReportsForThreads ?? 32;
  let reports = 0;
  while (reports < minReports) {
    const r = await it.next();
    if (r.done) return ingestItems(store, prepend(head, it), options);
    head.push(r.value);
    if (r.value.kind === 'report') reports++;
  }
  const pool = createAnalysisPool(threads);
  try {
    return await writeInOrder(store, prepend(head, it), pool, options.maxInFlight ?? threads * 8, options);
  } finally {
    await pool.close();
  }
}

async function writeInOrder(store: Store, items: AsyncIterable<ReadItem>, pool: AnalysisPool, maxInFlight: number, options: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const s: IngestSummary = { read: 0, stored: 0, duplicates: 0, rejected: 0, elapsedMs: 0, rejections: [], warnings: [], storedIds: [] };
  const queue: Slot[] = [];
  // Ids between reader and writer: a second copy of a report in one input is a duplicate of the
  // first, as it is when one thread stores the first before reading the second.
  const inFlight = new Set<string>();
  const progress = () => options.onProgress?.({ read: s.read, stored: s.stored, duplicates: s.duplicates, rejected: s.rejected, elapsedMs: performance.now() - t0 });

  const write = async (slot: Slot) => {
    if (slot.kind === 'rejected') {
      s.rejected++;
      s.rejections.push(slot.item.diagnostic);
    } else if (slot.kind === 'duplicate') {
      s.duplicates++;
    } else {
      const { report, warnings } = slot.item;
      let ok: boolean;
      try {
        const analysis = await slot.result;
        analysis.diagnostics.unshift(...warnings);
        ok = await store.putAnalysis(analysis, report.origin ?? null);
      } catch (e) {
        s.rejected++;
        s.rejections.push(createDiagnostic('error', 'analysis/failed', `analysis failed: ${(e as Error).message}`, { ...(report.origin ?? { file: '-' }), source: 'ingest' }));
        inFlight.delete(report.id);
        progress();
        return;
      }
      inFlight.delete(report.id);
      if (ok) {
        s.stored++;
        s.storedIds.push(report.id);
      } else s.duplicates++;
    }
    progress();
  };

  for await (const item of items) {
    s.read++;
    if (item.kind === 'rejected') queue.push({ kind: 'rejected', item });
    else if (inFlight.has(item.report.id) || (await store.hasReport(item.report.id))) queue.push({ kind: 'duplicate' });
    else {
      s.warnings.push(...item.warnings);
      inFlight.add(item.report.id);
      const result = pool.analyze(item.report);
      result.catch(() => undefined); // handled when written; avoids an unhandled rejection meanwhile
      queue.push({ kind: 'analysed', item, result });
    }
    while (queue.length >= maxInFlight) await write(queue.shift()!);
  }
  while (queue.length > 0) await write(queue.shift()!);
  s.elapsedMs = performance.now() - t0;
  return s;
}
