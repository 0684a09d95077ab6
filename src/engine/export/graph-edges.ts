import type { Analysis } from '../../model/analysis.js';
import type { EntityType, TextSpan } from '../../model/annotations.js';
import { actorKey, entityKeys, exportId } from './actors.js';

/** An edge end that is not a stored entity: a credited outlet, or a speaker named but not linked. */
export interface LooseEnd {
  key: string;
  name: string;
  type: EntityType | 'SPEAKER';
}

/** A directed edge between two actors, from one statement or event in one report. */
export interface GraphEdge {
  id: string;
  /** Actor keys. */
  source: string;
  target: string;
  /**
   * `statement`: speaker → someone the content names; `event`: actor → target;
   * `reported`: credited outlet → speaker (on whose word the report rests).
   */
  kind: 'statement' | 'event' | 'reported';
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
  /** Ends that are not stored entities, for the node list. */
  loose?: LooseEnd[];
}

const within = (spans: TextSpan[], s: { start: number; end: number }) => spans.some((c) => c.start <= s.start && s.end <= c.end);

/**
 * The edges one report contributes: speaker → each other actor named inside the statement's
 * content; event actor → target; and each credited outlet → each speaker it reports. A
 * speaker that is no stored entity but has a name ("a company spokesman") is kept as a
 * speaker node; other ends that are not known entities are dropped.
 */
export function reportEdges(a: Analysis): GraphEdge[] {
  const keys = entityKeys(a);
  const edges: GraphEdge[] = [];
  const rid = a.report.id;
  const outlets: LooseEnd[] = a.report.sources.map((name) => ({ key: actorKey({ type: 'MEDIA', name, key: null }), name, type: 'MEDIA' }));
  for (const s of a.statements) {
    const speakerName = s.speaker?.name ?? s.speaker?.text ?? null;
    const linked = s.speaker?.entity ? keys.get(s.speaker.entity) : undefined;
    const loose: LooseEnd | null = !linked && speakerName ? { key: `speaker:${speakerName.toLowerCase().replace(/\s+/g, ' ').trim()}`, name: speakerName, type: 'SPEAKER' } : null;
    const from = linked ?? loose?.key;
    if (!from) continue;
    const first = s.content[0];
    const last = s.content[s.content.length - 1];
    const base = {
      reportId: rid, date: a.report.date, polarity: s.polarity, hedged: s.hedged, text: s.content.map((c) => c.text).join(' … '),
      start: first?.start ?? s.cue.start, end: last?.end ?? s.cue.end, rule: s.rule,
    };
    const named = new Set<string>();
    for (const m of a.entities) {
      const to = keys.get(m.entity);
      if (to && to !== from && within(s.content, m)) named.add(to);
    }
    for (const to of [...named].sort()) {
      edges.push({ id: exportId('ng-edge', rid, s.id, to), source: from, target: to, kind: 'statement', label: s.kind, ...base, loose: loose ? [loose] : [] });
    }
    for (const outlet of outlets) {
      if (outlet.key === from) continue;
      edges.push({ id: exportId('ng-edge', rid, s.id, outlet.key), source: outlet.key, target: from, kind: 'reported', label: 'reported', ...base, loose: loose ? [outlet, loose] : [outlet] });
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
