import type { Analysis } from '../../model/analysis.js';
import type { TextSpan } from '../../model/annotations.js';
import { entityKeys, exportId } from './actors.js';

/** A directed edge between two actors, from one statement or event in one report. */
export interface GraphEdge {
  id: string;
  /** Actor keys. */
  source: string;
  target: string;
  /** `statement` (speaker → someone the content names) or `event` (actor → target). */
  kind: 'statement' | 'event';
  /** The statement kind (direct, indirect, ...) or the PLOVER event type. */
  label: string;
  reportId: string;
  /** The event's date, else the report's. */
  date: string | null;
  polarity: 'assert' | 'deny';
  hedged: boolean;
  /** The words: statement content, or event trigger. */
  text: string;
  start: number;
  end: number;
  rule: string;
}

const within = (spans: TextSpan[], s: { start: number; end: number }) => spans.some((c) => c.start <= s.start && s.end <= c.end);

/**
 * The edges one report contributes: speaker → each other actor named inside the statement's
 * content, and event actor → target. Ends that are not known entities are dropped.
 */
export function reportEdges(a: Analysis): GraphEdge[] {
  const keys = entityKeys(a);
  const edges: GraphEdge[] = [];
  const rid = a.report.id;
  for (const s of a.statements) {
    const from = s.speaker?.entity ? keys.get(s.speaker.entity) : undefined;
    if (!from) continue;
    const named = new Set<string>();
    for (const m of a.entities) {
      const to = keys.get(m.entity);
      if (to && to !== from && within(s.content, m)) named.add(to);
    }
    const first = s.content[0];
    const last = s.content[s.content.length - 1];
    for (const to of [...named].sort()) {
      edges.push({
        id: exportId('ng-edge', rid, s.id, to), source: from, target: to, kind: 'statement', label: s.kind, reportId: rid, date: a.report.date,
        polarity: s.polarity, hedged: s.hedged, text: s.content.map((c) => c.text).join(' … '), start: first?.start ?? s.cue.start, end: last?.end ?? s.cue.end, rule: s.rule,
      });
    }
  }
  for (const e of a.events) {
    const from = e.actor?.entity ? keys.get(e.actor.entity) : undefined;
    const to = e.target?.entity ? keys.get(e.target.entity) : undefined;
    if (!from || !to) continue;
    edges.push({
      id: exportId('ng-edge', rid, e.id), source: from, target: to, kind: 'event', label: e.type, reportId: rid, date: e.date.when ?? a.report.date,
      polarity: e.negated ? 'deny' : 'assert', hedged: e.hedged, text: e.trigger.text, start: e.trigger.start, end: e.trigger.end, rule: e.rule,
    });
  }
  return edges;
}
