import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import type { ColumnMap } from './column-map.js';

/**
 * What a reader yields: a report (possibly with warnings about it) or a rejection.
 * Readers never throw for bad content; they yield a rejection and go on.
 */
export type ReadItem =
  | { kind: 'report'; report: Report; warnings: Diagnostic[] }
  | { kind: 'rejected'; diagnostic: Diagnostic };

export interface ReaderOptions {
  /** Report date for text with no `date` header (ISO YYYY-MM-DD). */
  date?: string | null;
  /** Largest text file, in bytes. */
  maxFileBytes?: number;
  /** Largest JSONL line or CSV record, in bytes. */
  maxLineBytes?: number;
  /** CSV/TSV: which column fills which report field (`--map text=body,date=published`). */
  columns?: ColumnMap;
  /** CSV: field separator; sniffed from the header when not given. */
  csvDelimiter?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;
