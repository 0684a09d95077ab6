import { get } from '../api.js';
import { frag, h } from '../dom.js';
import { formatDate, plural, TYPE_LABELS, typeBadge } from '../format.js';
import { loadCytoscape, type CyCore } from '../cytoscape-types.js';
import { entityUrl, graphUrl, reportUrl } from '../links.js';
import type { Page } from '../page.js';
import type { EntityType, Graph, GraphEdge, GraphNode } from '../types.js';

const TABLE_ROWS = 25;
const TYPES: EntityType[] = ['PERSON', 'ORG', 'GPE', 'MEDIA', 'NORP', 'LOC', 'MISC'];
const COLORS: Record<EntityType, string> = {
  PERSON: '#2563eb', ORG: '#0f766e', GPE: '#b45309', MEDIA: '#7c3aed', NORP: '#be185d', LOC: '#a16207', MISC: '#64748b',
};

/** Merge a further page of the graph into what is drawn. */
function merge(into: Graph, more: Graph): void {
  const nodes = new Map(into.nodes.map((n) => [n.id, n]));
  for (const n of more.nodes) {
    const had = nodes.get(n.id);
    if (had) had.reports += n.reports;
    else into.nodes.push(n);
  }
  const edges = new Map(into.edges.map((e) => [e.id, e]));
  for (const e of more.edges) {
    const had = edges.get(e.id);
    if (!had) into.edges.push(e);
    else {
      had.count += e.count;
      had.evidence = had.evidence.concat(e.evidence).slice(0, 5);
      if (e.firstDate && (!had.firstDate || e.firstDate < had.firstDate)) had.firstDate = e.firstDate;
      if (e.lastDate && (!had.lastDate || e.lastDate > had.lastDate)) had.lastDate = e.lastDate;
    }
  }
  into.reportsRead += more.reportsRead;
}

const edgeText = (e: GraphEdge, name: (id: string) => string) => `${name(e.source)} → ${name(e.target)}`;

/** Graph explorer: actors as nodes, statements and events as edges, filtered by time, kind and type. */
export const graphPage: Page = async ({ query, navigate }) => {
  const since = query.get('since') ?? '';
  const until = query.get('until') ?? '';
  const kind = query.get('kind') ?? 'all';
  const params = { since, until, kind, limit: 200 };
  const first = await get<Graph>('/api/graph', params);
  const graph = first.data;
  let next = first.next;
  const shownTypes = new Set<EntityType>(TYPES);

  const canvas = h('div', { class: 'graph-canvas', id: 'graph-canvas', role: 'img', 'aria-label': 'actor graph; the same connections are listed below' });
  const panel = h('div', { class: 'graph-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select an actor or a connection.'));
  const listEl = h('div', { class: 'edge-list' });
  const summary = h('p', { class: 'meta' });
  let cy: CyCore | null = null;
  let showAll = false;

  const nameOf = (id: string) => graph.nodes.find((n) => n.id === id)?.name ?? id;
  const visible = () => {
    const nodes = graph.nodes.filter((n) => shownTypes.has(n.type));
    const ids = new Set(nodes.map((n) => n.id));
    return { nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
  };

  const showNode = (n: GraphNode) => {
    const links = graph.edges.filter((e) => e.source === n.id || e.target === n.id);
    panel.replaceChildren(h('h3', {}, typeBadge(n.type), ' ', n.name),
      h('p', { class: 'meta' }, `${TYPE_LABELS[n.type]} · ${plural(n.reports, 'report')}`),
      h('p', {}, h('a', { href: entityUrl(n.name) }, `Open ${n.name} →`)),
      h('ul', { class: 'plain' }, links.map((e) => h('li', {}, h('span', { class: `badge kind-${e.kind}` }, e.label), ' ', edgeText(e, nameOf), ` ×${e.count}`))));
  };
  const showEdge = (e: GraphEdge) => {
    panel.replaceChildren(h('h3', {}, h('span', { class: `badge kind-${e.kind}` }, e.kind), ' ', e.label),
      h('p', {}, h('a', { href: entityUrl(nameOf(e.source)) }, nameOf(e.source)), ' → ', h('a', { href: entityUrl(nameOf(e.target)) }, nameOf(e.target))),
      h('p', { class: 'meta' }, `${plural(e.count, 'time')} · ${formatDate(e.firstDate)}${e.lastDate && e.lastDate !== e.firstDate ? ` – ${formatDate(e.lastDate)}` : ''}`),
      h('ul', { class: 'evidence' }, e.evidence.map((ev) => h('li', {}, h('q', {}, ev.text), ' ', h('a', { href: reportUrl(ev.reportId) }, formatDate(ev.date))))));
  };

  const draw = async () => {
    const v = visible();
    summary.replaceChildren(`${plural(v.nodes.length, 'actor')}, ${plural(v.edges.length, 'connection')} from ${plural(graph.reportsRead, 'report')}`);
    listEl.replaceChildren(frag(v.edges.length === 0
      ? h('p', { class: 'empty' }, 'No connections yet: the graph needs statements whose speaker and content name known entities, or events with an actor and a target.')
      : h('table', { class: 'edges' },
        h('thead', {}, h('tr', {}, h('th', {}, 'From'), h('th', {}, 'Connection'), h('th', {}, 'To'), h('th', {}, 'Times'), h('th', {}, 'Dates'))),
        h('tbody', {}, [...v.edges].sort((x, y) => y.count - x.count).slice(0, showAll ? undefined : TABLE_ROWS).map((e) => h('tr', {},
          h('td', {}, h('a', { href: entityUrl(nameOf(e.source)) }, nameOf(e.source))),
          h('td', {}, h('button', { type: 'button', class: `linkish badge kind-${e.kind}`, onclick: () => showEdge(e) }, e.label)),
          h('td', {}, h('a', { href: entityUrl(nameOf(e.target)) }, nameOf(e.target))),
          h('td', { class: 'num' }, String(e.count)),
          h('td', {}, formatDate(e.firstDate))))),
      ), v.edges.length > TABLE_ROWS && !showAll
        ? h('button', { type: 'button', class: 'more', onclick: () => { showAll = true; void draw(); } }, `Show all ${v.edges.length} connections`)
        : null));
    cy?.destroy();
    cy = null;
    if (v.nodes.length === 0) return;
    const cytoscape = await loadCytoscape();
    cy = cytoscape({
      container: canvas,
      elements: [
        ...v.nodes.map((n) => ({ data: { id: n.id, name: n.name, type: n.type, size: 18 + Math.min(30, n.reports * 4) } })),
        ...v.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.count > 1 ? `${e.label} ×${e.count}` : e.label, width: 1 + Math.min(6, e.count) } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(name)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', color: '#1f2937', 'text-valign': 'bottom', 'text-margin-y': 4, 'border-width': 2, 'border-color': '#fff' } },
        ...TYPES.map((t) => ({ selector: `node[type = "${t}"]`, style: { 'background-color': COLORS[t] } })),
        { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, label: 'data(label)', 'font-size': 9, color: '#475569', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2 } },
        { selector: 'edge[kind = "statement"]', style: { 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'line-style': 'dashed' } },
        { selector: 'edge[kind = "event"]', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626' } },
        { selector: ':selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.15 } },
      ],
      // A circle reads best for a handful of actors; force-directed spreads larger casts.
      layout: v.nodes.length <= 10
        ? { name: 'circle', padding: 50, avoidOverlap: true }
        : { name: 'cose', animate: false, randomize: true, nodeRepulsion: 40000, idealEdgeLength: 90, nodeOverlap: 20, gravity: 0.2, numIter: 1500, padding: 30 },
      minZoom: 0.2,
      maxZoom: 1.4,
    });
    cy.on('tap', 'node', (ev) => {
      const n = graph.nodes.find((x) => x.id === ev.target.id());
      if (n) showNode(n);
    });
    cy.on('tap', 'edge', (ev) => {
      const e = graph.edges.find((x) => x.id === ev.target.id());
      if (e) showEdge(e);
    });
  };

  const form = h('form', { class: 'filters', action: '/graph', method: 'get' },
    h('label', {}, 'From ', h('input', { type: 'date', name: 'since', value: since })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'until', value: until })),
    h('label', {}, 'Connections ', h('select', { name: 'kind' },
      [['all', 'statements and events'], ['statement', 'statements'], ['event', 'events']].map(([v, l]) => h('option', { value: v, selected: v === kind }, l)))),
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    navigate(graphUrl({ since: String(d.get('since') ?? ''), until: String(d.get('until') ?? ''), kind: d.get('kind') === 'all' ? null : String(d.get('kind')) }));
  });
  const typeBoxes = h('fieldset', { class: 'type-filter' }, h('legend', {}, 'Actor types'), TYPES.map((t) => {
    const box = h('input', { type: 'checkbox', checked: true, value: t, onchange: () => {
      if (box.checked) shownTypes.add(t);
      else shownTypes.delete(t);
      void draw();
    } });
    return h('label', { class: `toggle t-${t}` }, box, ' ', typeBadge(t));
  }));
  const more = h('button', { type: 'button', class: 'more', hidden: !next }, 'Read older reports');
  more.addEventListener('click', async () => {
    if (!next) return;
    more.disabled = true;
    const page = await get<Graph>('/api/graph', { ...params, cursor: next });
    merge(graph, page.data);
    next = page.next;
    more.disabled = false;
    more.hidden = !next;
    await draw();
  });

  const node = h('div', { class: 'graph-page' },
    h('h1', { tabindex: '-1' }, 'Who is connected to whom'),
    h('p', { class: 'lede' }, 'Actors are the entities named in the reports. A dashed line is a statement (speaker → someone named in what they said); a red line is an event (actor → target).'),
    form, typeBoxes, summary,
    h('div', { class: 'graph-grid' }, canvas, h('aside', {}, panel)),
    more,
    h('h2', {}, 'Connections'), listEl);
  return {
    title: 'Graph',
    node,
    mounted: () => void draw(),
  };
};
