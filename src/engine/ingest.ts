import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { ReadItem, ReaderOptions } from '../ingest/read-item.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Store } from '../store/store.js';
import { docToAnalysis, getDefaultPipeline } from './analyze.js';

export interface IngestProgress {
  read: number;
  stored: number;
  duplicates: number;
  rejected: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  /** One error diagnostic per rejected input, naming file (and line). */
  rejections: Diagnostic[];
  /** Warnings about inputs that were still taken (e.g. no Source line). */
  warnings: Diagnostic[];
  /** Ids of the reports stored by this run, in order. */
  storedIds: string[];
}

export interface IngestOptions extends ReaderOptions {
  pipeline?: Pipeline;
  /** Called after each input with running counts (for progress bars). */
  onProgress?: (p: IngestProgress) => void;
}

/**
 * Analyse and store a stream of read items. A report already stored (same id) is counted as a
 * duplicate and not analysed again; a report whose analysis fails is rejected with a
 * diagnostic and the batch goes on.
 */
export async function ingestItems(store: Store, items: AsyncIterable<ReadItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const pipeline = options.pipeline ?? (await getDefaultPipeline());
  const t0 = performance.now();
  const s: IngestSummary = { read: 0, stored: 0, duplicates: 0, rejected: 0, elapsedMs: 0, rejections: [], warnings: [], storedIds: [] };
  for await (const item of items) {
    s.read++;
    if (item.kind === 'rejected') {
      s.rejected++;
      s.rejections.push(item.diagnostic);
    } else if (await store.hasReport(item.report.id)) {
      s.duplicates++;
    } else {
      s.warnings.push(...item.warnings);
      let ok = false;
      try {
        const analysis = docToAnalysis(pipeline.run(item.report));
        analysis.diagnostics.unshift(...item.warnings);
        ok = await store.putAnalysis(analysis, item.report.origin ?? null);
      } catch (e) {
        s.rejected++;
        const origin = item.report.origin ?? { file: '-' };
        s.rejections.push(createDiagnostic('error', 'analysis/failed', `analysis failed: ${(e as Error).message}`, { ...origin, source: 'ingest' }));
        ok = false;
        options.onProgress?.({ ...s, elapsedMs: performance.now() - t0 });
        continue;
      }
      if (ok) {
        s.stored++;
        s.storedIds.push(item.report.id);
      } else s.duplicates++;
    }
    options.onProgress?.({ ...s, elapsedMs: performance.now() - t0 });
  }
  s.elapsedMs = performance.now() - t0;
  return s;
}

/** Read files, folders or `-` and store every good report; see ingestItems. */
export function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestItems(store, readInputs(paths, options), options);
}
