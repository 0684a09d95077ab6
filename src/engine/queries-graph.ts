import type { Analysis } from '../model/analysis.js';
import type { EntityRecord, EntityType } from '../model/annotations.js';
import type { Store } from '../store/store.js';
import { entityKey } from './queries-facets.js';

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  /** Reports it is mentioned in (within the reports read). */
  reports: number;
}

export interface GraphEvidence {
  reportId: string;
  date: string | null;
  /** The sentence span the edge was read from. */
  start: number;
  end: number;
  text: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'statement' | 'event';
  /** The event type, or the statement cue's lemma. */
  label: string;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  /** A few places it was read from (at most 5). */
  evidence: GraphEvidence[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  reportsRead: number;
}

export interface GraphOptions {
  since?: string;
  until?: string;
  kinds?: ('statement' | 'event')[];
  /** Reports to read, newest first. */
  limit: number;
  cursor: string | null;
}

const EVIDENCE = 5;

function sentenceOf(a: Analysis, index: number, fallback: { start: number; end: number }): GraphEvidence {
  const s = a.sentences[index] ?? fallback;
  return { reportId: a.report.id, date: a.report.date, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
}

/**
 * The actor graph of the reports in a date window: entities as nodes, and as edges who spoke
 * about whom (speaker → each entity mentioned in the statement's content) and who did what to
 * whom (event actor → target). Edges with the same ends, kind and label are merged and counted.
 * Pages over reports, newest first: `next` reads the following ones.
 */
export async function buildGraph(store: Store, o: GraphOptions): Promise<{ graph: Graph; next: string | null }> {
  const kinds = new Set(o.kinds ?? ['statement', 'event']);
  const page = await store.listReports({ since: o.since, until: o.until, limit: o.limit, cursor: o.cursor });
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();

  const addEdge = (a: Analysis, from: EntityRecord, to: EntityRecord, kind: GraphEdge['kind'], label: string, ev: GraphEvidence) => {
    const source = entityKey(from);
    const target = entityKey(to);
    if (source === target) return;
    const id = `${kind}|${label}|${source}|${target}`;
    let e = edges.get(id);
    if (!e) {
      e = { id, source, target, kind, label, count: 0, firstDate: null, lastDate: null, evidence: [] };
      edges.set(id, e);
    }
    e.count++;
    const d = a.report.date;
    if (d && (!e.firstDate || d < e.firstDate)) e.firstDate = d;
    if (d && (!e.lastDate || d > e.lastDate)) e.lastDate = d;
    if (e.evidence.length < EVIDENCE) e.evidence.push(ev);
  };

  for (const r of page.items) {
    const a = await store.getAnalysis(r.id);
    if (!a) continue;
    const byId = new Map(a.entityIndex.map((e) => [e.id, e]));
    for (const e of byId.values()) {
      const k = entityKey(e);
      const n = nodes.get(k);
      if (n) n.reports++;
      else nodes.set(k, { id: k, name: e.name, type: e.type, reports: 1 });
    }
    if (kinds.has('statement')) {
      for (const s of a.statements) {
        const from = s.speaker?.entity ? byId.get(s.speaker.entity) : undefined;
        if (!from) continue;
        const inside = new Set(a.entities.filter((m) => s.content.some((c) => c.start <= m.start && m.end <= c.end)).map((m) => m.entity));
        for (const id of inside) {
          const to = byId.get(id);
          if (to) addEdge(a, from, to, 'statement', s.cue.lemma, sentenceOf(a, s.sentence, s.cue));
        }
      }
    }
    if (kinds.has('event')) {
      for (const v of a.events) {
        const from = v.actor?.entity ? byId.get(v.actor.entity) : undefined;
        const to = v.target?.entity ? byId.get(v.target.entity) : undefined;
        if (from && to) addEdge(a, from, to, 'event', v.type, sentenceOf(a, v.sentence, v.trigger));
      }
    }
  }
  // Only actors that take part in an edge are drawn; the rest would be noise on the canvas.
  const linked = new Set<string>();
  for (const e of edges.values()) {
    linked.add(e.source);
    linked.add(e.target);
  }
  return {
    graph: {
      nodes: [...nodes.values()].filter((n) => linked.has(n.id)),
      edges: [...edges.values()],
      reportsRead: page.items.length,
    },
    next: page.next,
  };
}
