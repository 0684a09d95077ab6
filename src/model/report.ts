/** One news article as received. All offsets elsewhere index into `text` (UTF-16 code units). */
export interface Report {
  /** Stable id: hash of normalised body, date and sources (see ingest/report-id.ts). */
  id: string;
  /** ISO date `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  /** Credited outlets/agencies, in the order the report names them. */
  sources: string[];
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  /** An id the input itself gave (JSONL `id`), kept for reference; never the primary key. */
  externalId?: string | null;
  /** The body: metadata lines (date prefix, Source line) removed. */
  text: string;
  /** Where the report was read from, for diagnostics. */
  origin?: { file: string; line?: number } | null;
}

/** A report before its id is computed: what a reader produces. */
export type ReportInput = Omit<Report, 'id'> & { id?: string | null };
