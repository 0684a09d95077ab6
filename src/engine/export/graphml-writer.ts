import { exportId } from './actors.js';
import type { GraphWriter } from './graph-export.js';
import { escapeXml as x } from './xml.js';

const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['key', 'string'], ['aliases', 'string'], ['reports', 'int'], ['mentions', 'int'], ['first_seen', 'string']] as const;
const EDGE_KEYS = [['label', 'string'], ['kind', 'string'], ['report', 'string'], ['date', 'string'], ['polarity', 'string'], ['hedged', 'boolean'], ['text', 'string'], ['start', 'int'], ['end', 'int'], ['rule', 'string']] as const;

const data = (prefix: string, keys: readonly (readonly [string, string])[], vals: (string | number | boolean | null)[]) =>
  vals.map((v, i) => (v === null || v === '' ? '' : `<data key="${prefix}_${keys[i][0]}">${x(v)}</data>`)).join('');

/**
 * GraphML: the same graph as GEXF for tools that prefer it (Gephi, yEd, NetworkX, igraph).
 * A `label` key on nodes and edges is what Gephi shows.
 */
export function createGraphmlWriter(): GraphWriter {
  return {
    async begin(sink) {
      const keys = (prefix: string, target: string, list: readonly (readonly [string, string])[]) =>
        list.map(([name, type]) => `  <key id="${prefix}_${name}" for="${target}" attr.name="${name}" attr.type="${type}"/>\n`).join('');
      await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
        + keys('n', 'node', NODE_KEYS) + keys('e', 'edge', EDGE_KEYS) + '  <graph id="newsgraph" edgedefault="directed">\n');
    },
    async node(sink, a) {
      await sink.write(`    <node id="${x(a.id)}">${data('n', NODE_KEYS, [a.name, a.type, a.key, a.aliases.join('; '), a.reports, a.mentions, a.firstSeen])}</node>\n`);
    },
    async edgesBegin() {},
    async edge(sink, e) {
      const source = exportId('ng-actor', e.source);
      const target = exportId('ng-actor', e.target);
      await sink.write(`    <edge id="${x(e.id)}" source="${source}" target="${target}">${data('e', EDGE_KEYS, [e.label, e.kind, e.reportId, e.date, e.polarity, e.hedged, e.text, e.start, e.end, e.rule])}</edge>\n`);
    },
    async end(sink) {
      await sink.write('  </graph>\n</graphml>\n');
    },
  };
}
