import type { Store } from '../../store/store.js';
import { exportFtm } from './ftm-export.js';
import { createGexfWriter } from './gexf-writer.js';
import { exportGraph } from './graph-export.js';
import { createGraphmlWriter } from './graphml-writer.js';
import { exportJsonLd } from './jsonld-export.js';
import type { TextSink } from './sink.js';
import { exportCsv, exportJsonl, type ExportWhat } from './tabular-export.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gexf', 'graphml', 'ftm', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_WHATS: ExportWhat[] = ['reports', 'statements', 'events', 'entities', 'graph'];

/** What each format can hold, the first being its default. */
export const FORMAT_WHATS: Record<ExportFormat, ExportWhat[]> = {
  jsonl: ['reports', 'statements', 'events', 'entities', 'graph'],
  csv: ['reports', 'statements', 'events', 'entities', 'graph'],
  gexf: ['graph'],
  graphml: ['graph'],
  ftm: ['entities'],
  jsonld: ['statements'],
};

export interface ExportOptions {
  format: ExportFormat;
  what?: ExportWhat;
  /** Graph formats: also write actors with no edge. */
  isolates?: boolean;
}

/** Thrown for a format/listing pair that does not exist; the message lists what does. */
export class ExportError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Export the store in one of the formats, streamed to `sink`. Returns how many records
 * (rows, entities, claims, or nodes + edges) were written.
 */
export async function exportStore(store: Store, options: ExportOptions, sink: TextSink): Promise<{ records: number; what: ExportWhat }> {
  const allowed = FORMAT_WHATS[options.format];
  if (!allowed) throw new ExportError('export/bad-format', `unknown format "${options.format}" (formats: ${EXPORT_FORMATS.join(', ')})`);
  const what = options.what ?? allowed[0];
  if (!allowed.includes(what)) throw new ExportError('export/bad-what', `--format ${options.format} holds ${allowed.join(' or ')}, not ${what}`);
  switch (options.format) {
    case 'jsonl': return { records: await exportJsonl(store, what, sink), what };
    case 'csv': return { records: await exportCsv(store, what, sink), what };
    case 'ftm': return { records: await exportFtm(store, sink), what };
    case 'jsonld': return { records: await exportJsonLd(store, sink), what };
    case 'gexf':
    case 'graphml': {
      const writer = options.format === 'gexf' ? createGexfWriter() : createGraphmlWriter();
      const c = await exportGraph(store, writer, sink, { isolates: options.isolates });
      return { records: c.nodes + c.edges, what };
    }
  }
}
