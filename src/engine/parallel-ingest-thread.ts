import { isMainThread, parentPort } from 'node:worker_threads';
import type { Report } from '../model/report.js';
import { docToAnalysis, getDefaultPipeline } from './analyze.js';

/** A request to analyse one report, and the answer a thread posts back. */
export interface ThreadRequest { id: number; report: Report }
export type ThreadReply = { id: number; analysis: ReturnType<typeof docToAnalysis> } | { id: number; error: string };

// Loaded as a worker thread by parallel-ingest-pool.ts; imported anywhere else (a test runner
// walking dist/, say) it does nothing.
if (!isMainThread && parentPort) {
  const port = parentPort;
  const pipeline = getDefaultPipeline();
  port.on('message', (req: ThreadRequest) => {
    pipeline.then(
      (p) => {
        let reply: ThreadReply;
        try {
          reply = { id: req.id, analysis: docToAnalysis(p.run(req.report)) };
        } catch (e) {
          reply = { id: req.id, error: (e as Error).message };
        }
        port.postMessage(reply);
      },
      (e: Error) => port.postMessage({ id: req.id, error: `the pipeline failed to load: ${e.message}` } satisfies ThreadReply),
    );
  });
}
