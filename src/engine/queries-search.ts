import type { EntityRecord, Statement } from '../model/annotations.js';
import { decodeCursor, encodeCursor } from '../store/cursor.js';
import type { EntityName, InReport, SearchHit, Store } from '../store/store.js';
import { computeFacets, type SearchFacets } from './queries-facets.js';
import { foldText, matchesTerms, queryTerms } from './queries-text.js';

/** Filters and facets apply to this many best matches; the answer says when it was reached. */
export const SEARCH_SCOPE = 100;
/** A statements page reads at most this many reports, so one request stays fast. */
const STATEMENT_SCAN = 40;

export interface SearchFilters {
  type?: 'report' | 'statement';
  /** A credited source (case-insensitive, exact). */
  outlet?: string;
  /** An entity name or alias (case-insensitive, exact) the report must mention. */
  entity?: string;
  since?: string;
  until?: string;
}

export interface StatementHit extends InReport<Statement> {
  title: string | null;
}

export interface SearchResult {
  query: string;
  type: 'report' | 'statement';
  /** Matching reports after filters (within the scope). */
  total: number;
  /** True when more than `scope` reports matched and only the best were filtered and counted. */
  capped: boolean;
  /** How many of the best matches filters and facets cover (SEARCH_SCOPE). */
  scope: number;
  facets: SearchFacets;
  reports: SearchHit[];
  statements: StatementHit[];
}

/**
 * The entities of the scope's reports, from their name columns: facets and the entity filter
 * need names, types, keys and aliases, not each entity's whole record.
 */
async function entitiesOf(store: Store, reportIds: string[]): Promise<Map<string, EntityRecord[]>> {
  const out = new Map<string, EntityRecord[]>();
  if (reportIds.length === 0) return out;
  for (const n of await store.entityNames(reportIds)) {
    const e = asRecord(n);
    const list = out.get(n.reportId);
    if (list) list.push(e);
    else out.set(n.reportId, [e]);
  }
  return out;
}

const asRecord = (n: EntityName): EntityRecord => ({ id: '', name: n.name, type: n.type, key: n.key, aliases: n.aliases });

function keep(h: SearchHit, f: SearchFilters, ents: Map<string, EntityRecord[]>): boolean {
  if (f.outlet && !h.sources.some((s) => s.toLowerCase() === f.outlet!.toLowerCase())) return false;
  if (f.since && !(h.date !== null && h.date >= f.since)) return false;
  if (f.until && !(h.date !== null && h.date.slice(0, f.until.length) <= f.until)) return false;
  if (f.entity) {
    const want = foldText(f.entity);
    const list = ents.get(h.reportId) ?? [];
    if (!list.some((e) => foldText(e.name) === want || e.key === f.entity || e.aliases.some((a) => foldText(a) === want))) return false;
  }
  return true;
}

function statementText(s: Statement): string {
  return [s.speaker?.name ?? '', s.speaker?.text ?? '', ...s.content.map((c) => c.text)].join(' ');
}

/** Statement cursors carry the report position and the statement position inside it. */
const encodeStatementCursor = (report: number, statement: number) => encodeCursor(report * 10_000 + statement);
const decodeStatementCursor = (c: string | null) => {
  const n = decodeCursor(c);
  return { report: Math.floor(n / 10_000), statement: n % 10_000 };
};

/**
 * Search reports (ranked by the full-text index) with facets by outlet, date, entity and entity
 * type, filtered by the same; or, with `type: 'statement'`, the statements inside the matching
 * reports whose speaker or content holds a query word. Filters and facets cover the best
 * SEARCH_SCOPE matches.
 */
export async function searchWithFacets(
  store: Store, query: string, filters: SearchFilters, page: { limit: number; cursor: string | null },
): Promise<{ result: SearchResult; next: string | null }> {
  const type = filters.type ?? 'report';
  const filtered = Boolean(filters.outlet || filters.entity || filters.since || filters.until);
  const offset = decodeCursor(page.cursor);
  // One ranked pass over the scope serves the facets and, unfiltered, the first page too: only
  // that page's hits get snippets. Filtered pages are slices of the scope, so all get them.
  const firstPage = type === 'report' && !filtered && offset === 0;
  const found = await store.search(query, { limit: SEARCH_SCOPE, snippets: type === 'report' && (filtered || firstPage), snippetsFor: firstPage ? page.limit : SEARCH_SCOPE });
  const ents = await entitiesOf(store, found.items.map((h) => h.reportId));
  const hits = found.items.filter((h) => keep(h, filters, ents));
  const result: SearchResult = {
    query, type, total: hits.length, capped: found.next !== null, scope: SEARCH_SCOPE, facets: computeFacets(hits, ents), reports: [], statements: [],
  };
  if (type === 'report') {
    if (firstPage) {
      result.reports = hits.slice(0, page.limit);
      return { result, next: hits.length > page.limit || found.next !== null ? encodeCursor(page.limit) : null };
    }
    if (!filtered) {
      const own = await store.search(query, { limit: page.limit, cursor: page.cursor });
      result.reports = own.items;
      return { result, next: own.next };
    }
    result.reports = hits.slice(offset, offset + page.limit);
    return { result, next: offset + page.limit < hits.length ? encodeCursor(offset + page.limit) : null };
  }
  const terms = queryTerms(query);
  const at = decodeStatementCursor(page.cursor);
  const last = Math.min(hits.length, at.report + STATEMENT_SCAN);
  // One batch read of the scanned reports' statements, not one whole analysis per report.
  const byReport = new Map<string, Statement[]>();
  for (const s of (await store.reportLayers(hits.slice(at.report, last).map((h) => h.reportId))).statements) {
    const list = byReport.get(s.reportId);
    if (list) list.push(s.item);
    else byReport.set(s.reportId, [s.item]);
  }
  for (let r = at.report; r < last; r++) {
    const h = hits[r];
    const statements = byReport.get(h.reportId) ?? [];
    for (let s = r === at.report ? at.statement : 0; s < statements.length; s++) {
      if (!matchesTerms(statementText(statements[s]), terms)) continue;
      if (result.statements.length === page.limit) return { result, next: encodeStatementCursor(r, s) };
      result.statements.push({ reportId: h.reportId, reportDate: h.date, sources: h.sources, title: h.title, item: statements[s] });
    }
  }
  return { result, next: last < hits.length ? encodeStatementCursor(last, 0) : null };
}
