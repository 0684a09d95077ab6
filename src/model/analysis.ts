import type {
  DateExpr, EntityRecord, EventRecord, Mention, Statement, Unknown,
} from './annotations.js';
import type { Diagnostic } from './diagnostic.js';
import type { Span } from './span.js';

/** The report header as it appears in analyze JSON. */
export interface ReportHeader {
  id: string;
  date: string | null;
  sources: string[];
  title: string | null;
  url: string | null;
  outlet?: string | null;
  /** An id the input gave (JSONL `id`), kept for reference. */
  externalId?: string | null;
}

export interface TokenRow {
  start: number;
  end: number;
  text: string;
  pos: string;
  lemma: string;
}

/**
 * The analyze JSON: stable shape, extended only by adding optional fields.
 * All offsets index into `text` in UTF-16 code units, end-exclusive.
 */
export interface Analysis {
  report: ReportHeader;
  text: string;
  sentences: Span[];
  entities: Mention[];
  entityIndex: EntityRecord[];
  statements: Statement[];
  events: EventRecord[];
  dates: DateExpr[];
  unknowns: Unknown[];
  diagnostics: Diagnostic[];
  tokens?: TokenRow[];
}
