import type { Analysis } from '../model/analysis.js';
import type { EventRecord, Statement } from '../model/annotations.js';
import type { CopyLink } from '../link/types.js';
import type { Store } from '../store/store.js';

export interface ProvenanceChain {
  id: string;
  report: { id: string; date: string | null; title: string | null; sources: string[]; copyOf: string | null };
  kind: 'statement' | 'event';
  /** For a statement: the chain of statements it sits inside, outermost first. */
  within: Statement[];
  statement: Statement | null;
  event: EventRecord | null;
  /** Events whose claim this statement carries (statement), or the statement an event is claimed in. */
  linkedEvents: EventRecord[];
  rule: string;
}

/** Split `<reportId>:<annotationId>`. */
export function parseAnnotationRef(ref: string): { reportId: string; itemId: string } | null {
  const m = /^([0-9a-f]{16}):([A-Za-z0-9_-]+)$/.exec(ref.trim());
  return m ? { reportId: m[1], itemId: m[2] } : null;
}

function parents(a: Analysis, s: Statement): Statement[] {
  const chain: Statement[] = [];
  let cur = s.parent ? a.statements.find((x) => x.id === s.parent) : undefined;
  while (cur && !chain.includes(cur)) {
    chain.unshift(cur);
    cur = cur.parent ? a.statements.find((x) => x.id === cur!.parent) : undefined;
  }
  return chain;
}

/**
 * The provenance of a statement or event: report → credited sources → (enclosing statements) →
 * speaker → cue and content spans → linked events, with the rule that produced each.
 */
export async function provenance(store: Store, ref: string): Promise<ProvenanceChain | null> {
  const p = parseAnnotationRef(ref);
  if (!p) return null;
  const a = await store.getAnalysis(p.reportId);
  if (!a) return null;
  const [copy] = await store.linkItems('copy', { id: a.report.id });
  const report = { id: a.report.id, date: a.report.date, title: a.report.title, sources: a.report.sources, copyOf: copy ? (copy.data as CopyLink).copyOf : null };
  const statement = a.statements.find((s) => s.id === p.itemId) ?? null;
  if (statement) {
    return {
      id: ref, report, kind: 'statement', within: parents(a, statement), statement, event: null,
      linkedEvents: a.events.filter((e) => e.statement === statement.id), rule: statement.rule,
    };
  }
  const event = a.events.find((e) => e.id === p.itemId) ?? null;
  if (!event) return null;
  const claimedIn = event.statement ? a.statements.find((s) => s.id === event.statement) ?? null : null;
  return {
    id: ref, report, kind: 'event', within: claimedIn ? parents(a, claimedIn) : [], statement: claimedIn, event,
    linkedEvents: [], rule: event.rule,
  };
}
