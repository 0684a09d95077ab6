import { exportId } from './actors.js';
import type { GraphWriter } from './graph-export.js';
import { escapeXml as x } from './xml.js';

const NODE_ATTRS = [['type', 'string'], ['key', 'string'], ['aliases', 'string'], ['reports', 'integer'], ['mentions', 'integer'], ['first_seen', 'string']] as const;
const EDGE_ATTRS = [['kind', 'string'], ['label', 'string'], ['report', 'string'], ['date', 'string'], ['polarity', 'string'], ['hedged', 'boolean'], ['text', 'string'], ['start', 'integer'], ['end', 'integer'], ['rule', 'string']] as const;

const declare = (cls: string, attrs: readonly (readonly [string, string])[]) =>
  `    <attributes class="${cls}">\n${attrs.map(([name, type], i) => `      <attribute id="${i}" title="${name}" type="${type}"/>\n`).join('')}    </attributes>\n`;
const values = (vals: (string | number | boolean | null)[]) =>
  `<attvalues>${vals.map((v, i) => (v === null || v === '' ? '' : `<attvalue for="${i}" value="${x(v)}"/>`)).join('')}</attvalues>`;

/**
 * GEXF 1.2 (the version Gephi reads natively): actors as nodes with their type and counts,
 * statements and events as directed edges carrying kind, report, date, the words and their
 * character offsets. Parallel edges are kept; Gephi merges them on import if asked to.
 */
export function createGexfWriter(): GraphWriter {
  return {
    async begin(sink) {
      await sink.write('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
        + '  <meta><creator>newsgraph</creator><description>Actors (nodes) linked by statements and events (edges)</description></meta>\n'
        + '  <graph mode="static" defaultedgetype="directed">\n'
        + declare('node', NODE_ATTRS) + declare('edge', EDGE_ATTRS) + '    <nodes>\n');
    },
    async node(sink, a) {
      await sink.write(`      <node id="${x(a.id)}" label="${x(a.name)}">${values([a.type, a.key, a.aliases.join('; '), a.reports, a.mentions, a.firstSeen])}</node>\n`);
    },
    async edgesBegin(sink) {
      await sink.write('    </nodes>\n    <edges>\n');
    },
    async edge(sink, e) {
      const source = exportId('ng-actor', e.source);
      const target = exportId('ng-actor', e.target);
      await sink.write(`      <edge id="${x(e.id)}" source="${source}" target="${target}" label="${x(e.label)}" weight="1">${values([e.kind, e.label, e.reportId, e.date, e.polarity, e.hedged, e.text, e.start, e.end, e.rule])}</edge>\n`);
    },
    async end(sink) {
      await sink.write('    </edges>\n  </graph>\n</gexf>\n');
    },
  };
}
