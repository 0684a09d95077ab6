import type { Store } from '../../store/store.js';
import { createActorRegistry, type Actor } from './actors.js';
import { reportEdges, type GraphEdge } from './graph-edges.js';
import type { TextSink } from './sink.js';
import { storedAnalyses } from './stored-analyses.js';

/** Writes one graph file format from actors (nodes) and edges. */
export interface GraphWriter {
  begin(sink: TextSink): Promise<void>;
  node(sink: TextSink, actor: Actor): Promise<void>;
  /** Called between the last node and the first edge. */
  edgesBegin(sink: TextSink): Promise<void>;
  edge(sink: TextSink, edge: GraphEdge): Promise<void>;
  end(sink: TextSink): Promise<void>;
}

/** Only actors that take part in an edge, unless `isolates` asks for all. */
export interface GraphOptions {
  isolates?: boolean;
}

/**
 * Export the actor graph in two passes over the store, so memory holds the actors but never
 * the edges: pass one gathers actors (nodes must come first in GEXF and GraphML), pass two
 * streams the edges. Returns the counts written.
 */
export async function exportGraph(store: Store, writer: GraphWriter, sink: TextSink, options: GraphOptions = {}): Promise<{ nodes: number; edges: number }> {
  const actors = createActorRegistry();
  const linked = new Set<string>();
  for await (const a of storedAnalyses(store)) {
    actors.add(a);
    for (const e of reportEdges(a)) {
      linked.add(e.source).add(e.target);
      for (const end of e.loose ?? []) actors.addLoose(end, a.report.date);
    }
  }
  await writer.begin(sink);
  let nodes = 0;
  for (const actor of actors.list()) {
    if (!options.isolates && !linked.has(actor.key)) continue;
    await writer.node(sink, actor);
    nodes++;
  }
  await writer.edgesBegin(sink);
  let edges = 0;
  for await (const a of storedAnalyses(store)) {
    for (const e of reportEdges(a)) {
      await writer.edge(sink, e);
      edges++;
    }
  }
  await writer.end(sink);
  return { nodes, edges };
}
