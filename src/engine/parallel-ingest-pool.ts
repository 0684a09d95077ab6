import { Worker } from 'node:worker_threads';
import type { Analysis } from '../model/analysis.js';
import type { Report } from '../model/report.js';
import type { ThreadReply, ThreadRequest } from './parallel-ingest-thread.js';

/** Analyses reports on worker threads, each with its own copy of the default pipeline. */
export interface AnalysisPool {
  readonly threads: number;
  /** Analyse one report on the least busy thread; rejects with the analysis error. */
  analyze(report: Report): Promise<Analysis>;
  close(): Promise<void>;
}

interface Pending { resolve(a: Analysis): void; reject(e: Error): void }

/**
 * Start `threads` analysis threads. Each pipeline loads once per thread (models are not shared
 * between isolates), so a pool pays that start-up once and should be reused across reports.
 */
export function createAnalysisPool(threads: number): AnalysisPool {
  const url = new URL('./parallel-ingest-thread.js', import.meta.url);
  let nextId = 0;
  let failure: Error | null = null;
  const slots = Array.from({ length: threads }, () => {
    const worker = new Worker(url);
    const pending = new Map<number, Pending>();
    const slot = { worker, pending };
    worker.on('message', (r: ThreadReply) => {
      const p = pending.get(r.id);
      if (!p) return;
      pending.delete(r.id);
      if ('error' in r) p.reject(new Error(r.error));
      else p.resolve(r.analysis);
    });
    // A thread that dies takes its reports with it; every later call fails too, rather than
    // silently running on fewer threads.
    const die = (e: Error) => {
      failure ??= e;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    worker.on('error', die);
    worker.on('exit', (code) => { if (code !== 0) die(new Error(`an analysis thread exited with code ${code}`)); });
    return slot;
  });
  let closed = false;
  return {
    threads,
    analyze(report) {
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.reject(new Error('the analysis pool is closed'));
      let best = slots[0];
      for (const s of slots) if (s.pending.size < best.pending.size) best = s;
      const id = nextId++;
      return new Promise<Analysis>((resolve, reject) => {
        best.pending.set(id, { resolve, reject });
        best.worker.postMessage({ id, report } satisfies ThreadRequest);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
