import type { Analysis } from '../model/analysis.js';
import type { CurationOp, CurationRecord } from '../link/types.js';
import type { DateExpr, EntityRecord, EntityType, EventRecord, Statement, Unknown } from '../model/annotations.js';

/** A ranked full-text hit. `snippet` marks matches with [ and ]. */
export interface SearchHit {
  reportId: string;
  date: string | null;
  title: string | null;
  sources: string[];
  snippet: string;
  score: number;
}

/** One page of results; `next` is an opaque cursor for the following page, or null. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface PageOptions {
  limit?: number;
  cursor?: string | null;
}

export interface StoreStats {
  reports: number;
  sources: number;
  entities: number;
  mentions: number;
  statements: number;
  events: number;
  dates: number;
  unknowns: number;
  stories: number;
  diagnostics: number;
}

/** An annotation with the report it came from, for cross-report listings. */
export interface InReport<T> {
  reportId: string;
  reportDate: string | null;
  sources: string[];
  item: T;
}

export interface SearchOptions extends PageOptions {
  /** False to skip building snippets (they are then ''), for callers that only rank or count. */
  snippets?: boolean;
  /**
   * Build snippets for only the first n hits of the page (the rest get ''): a caller that ranks
   * a wide scope but shows a short page pays for the page's snippets only.
   */
  snippetsFor?: number;
}

export interface StatementFilter extends PageOptions {
  /** A part of the speaker's name as stored (the resolved name, else the speaker's words), or an entity's exact name; case-insensitive. */
  speaker?: string;
}

export interface TimeFilter extends PageOptions {
  /** Entity name to match as speaker, actor or target. */
  entity?: string;
  since?: string;
  until?: string;
}

/** Which reports to list: by date range (inclusive, ISO prefixes) and credited source. */
export interface ReportFilter extends PageOptions {
  since?: string;
  until?: string;
  /** A credited source name (case-insensitive, exact). */
  source?: string;
}

/** Which report-level entities to list. */
export interface EntityFilter extends PageOptions {
  /** Name or key to match exactly (case-insensitive); aliases are matched only when no entity has that name or key. */
  name?: string;
  /** Only entities of these reports (at most 1000 ids). */
  reportIds?: string[];
}

export interface ReportSummary {
  id: string;
  date: string | null;
  title: string | null;
  sources: string[];
  excerpt: string;
}

/** A report as lists show it: its header and opening sentence, never its whole text unless asked. */
export interface ReportHeader {
  id: string;
  date: string | null;
  title: string | null;
  sources: string[];
  outlet: string | null;
  /** The first sentence, spaces collapsed, at most 200 characters. */
  excerpt: string;
  /** The whole body, only when asked for. */
  text?: string;
}

/** The statements, events and gaps of some reports, each with its report. */
export interface ReportLayers {
  statements: InReport<Statement>[];
  events: InReport<EventRecord>[];
  unknowns: InReport<Unknown>[];
}

/** A report-level entity's name columns, for facets and filters (its JSON is not read). */
export interface EntityName {
  reportId: string;
  name: string;
  type: EntityType;
  key: string | null;
  aliases: string[];
}

/** A canonical entity (a link row) named, without its member list. */
export interface CanonicalRef {
  id: string;
  name: string;
  type: string;
}

/** Reports of a story per outlet (the report's outlet, else its first credited source). */
export interface StoryOutlet {
  outlet: string;
  reports: number;
  /** How many of them are (near-)copies of an earlier report. */
  copies: number;
}

/** One gap stated in a story's report, with the report that closed it, if any. */
export interface StoryGap {
  reportId: string;
  unknownId: string;
  kind: string;
  subject: string | null;
  about: string;
  closedBy: string | null;
}

/** Batch reads take at most this many ids; more are ignored. */
export const MAX_BATCH_IDS = 1000;

/**
 * The store: domain-level and async, so SQLite and PostgreSQL adapters are interchangeable.
 * Every adapter passes store.contract.ts.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Bring the schema up to date (plain SQL migrations, applied once each). */
  migrate(): Promise<void>;
  /** Store a report with all its annotations in one transaction. Returns false when it was already stored. */
  putAnalysis(analysis: Analysis, origin?: { file: string } | null): Promise<boolean>;
  hasReport(id: string): Promise<boolean>;
  getAnalysis(id: string): Promise<Analysis | null>;
  /** Reports newest first, optionally within dates and by a credited source. */
  listReports(options?: ReportFilter): Promise<Page<ReportSummary>>;
  /** Full-text search over report bodies and titles; throws StoreError `search/bad-query` on bad syntax. */
  search(query: string, options?: SearchOptions): Promise<Page<SearchHit>>;
  statements(filter?: StatementFilter): Promise<Page<InReport<Statement>>>;
  unknowns(options?: PageOptions): Promise<Page<InReport<Unknown>>>;
  events(filter?: TimeFilter): Promise<Page<InReport<EventRecord>>>;
  dates(reportId: string): Promise<DateExpr[]>;
  /** Report-level entity records with their report, newest report first. */
  entities(filter?: EntityFilter): Promise<Page<InReport<EntityRecord>>>;
  stats(): Promise<StoreStats>;
  /** Headers of the given reports (at most MAX_BATCH_IDS), in the given order; ids not stored are skipped. */
  reportHeaders(ids: string[], options?: { text?: boolean }): Promise<ReportHeader[]>;
  /** Statements, events and gaps of the given reports (at most MAX_BATCH_IDS): by report in the given order, then in stored order. */
  reportLayers(ids: string[]): Promise<ReportLayers>;
  /** Entity names, types, keys and aliases of the given reports (at most MAX_BATCH_IDS), by report in the given order. */
  entityNames(reportIds: string[]): Promise<EntityName[]>;
  /** Link items of one kind with any of the given ids (at most MAX_BATCH_IDS), in the given order. */
  linkItemsIn(kind: LinkKind, ids: string[]): Promise<LinkItem[]>;
  /** Canonical entities by id (at most MAX_BATCH_IDS), named, in the given order; ids not stored are skipped. */
  canonicalRefs(ids: string[]): Promise<CanonicalRef[]>;
  /**
   * Reports of a stored story per outlet, with how many are copies, most reports first. Reads
   * the `story-report` rows (id = report, ref = story) and `copy` rows (id = report), not analyses.
   */
  storyOutlets(storyId: string): Promise<StoryOutlet[]>;
  /** Every gap stated in a stored story's reports, with the closing report from `closure` rows (id = `<report>:<unknown>`), by report in story order. */
  storyGaps(storyId: string): Promise<StoryGap[]>;
  /** Replace every cross-report link item in one transaction (see src/link/); `items` is read once, in order, so it may be a generator. */
  replaceLinkItems(items: Iterable<LinkItem>): Promise<void>;
  /** Link items of one kind, optionally by id or by ref. */
  linkItems(kind: LinkKind, by?: { id?: string; ref?: string }): Promise<LinkItem[]>;
  /** Record a curation operation; returns it with its sequence number and time. */
  appendCuration(op: CurationOp): Promise<CurationRecord>;
  /** Every curation operation, oldest first. */
  curationLog(): Promise<CurationRecord[]>;
  close(): Promise<void>;
}

/** Kinds of cross-report link items: canonical entities and their names, copies, stories and their reports, closed gaps. */
export type LinkKind = 'entity' | 'entity-name' | 'member' | 'copy' | 'story' | 'story-report' | 'closure';

/** One cross-report link row: `ref` is what the kind is looked up by (a folded name, a story id, ...). */
export interface LinkItem {
  kind: LinkKind;
  id: string;
  ref: string | null;
  data: unknown;
}

/** A store failure users can act on: a code and a plain message, never a stack trace. */
export class StoreError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
