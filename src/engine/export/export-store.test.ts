import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SaxesParser } from 'saxes';
import { recordToItem } from '../../ingest/jsonl-reader.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { storyAnalyses } from './export-fixtures.js';
import { EXPORT_FORMATS, ExportError, exportStore, type ExportFormat } from './export-store.js';
import { createStringSink } from './sink.js';
import type { ExportWhat } from './tabular-export.js';

async function storyStore(): Promise<Store> {
  const store = await openSqliteStore(':memory:');
  for (const a of storyAnalyses()) await store.putAnalysis(a);
  return store;
}

async function run(store: Store, format: ExportFormat, what?: ExportWhat): Promise<{ text: string; records: number }> {
  const sink = createStringSink();
  const { records } = await exportStore(store, { format, what }, sink);
  return { text: sink.text(), records };
}

/** Parse XML back; any well-formedness error fails. Returns elements by name with attributes. */
function parseXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: { text: string }[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    const el = { name: t.local, attributes: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, (v as { value: string }).value])), text: '' };
    out.push(el);
    open.push(el);
  });
  parser.on('text', (t) => {
    if (open.length) open[open.length - 1].text += t;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return out;
}

test('jsonl reports: one line per report, and each reads back through the JSONL reader to the same id', async () => {
  const store = await storyStore();
  const { text, records } = await run(store, 'jsonl', 'reports');
  const lines = text.trim().split('\n');
  assert.equal(records, 3);
  assert.equal(lines.length, 3);
  const ids = (await store.listReports()).items.map((r) => r.id);
  for (const [i, line] of lines.entries()) {
    const item = recordToItem(JSON.parse(line), 'export.jsonl', i + 1);
    assert.equal(item.kind, 'report');
    if (item.kind === 'report') assert.ok(ids.includes(item.report.id));
  }
  await store.close();
});

test('jsonl entities merge actors across reports by key; statements and events carry keys and offsets', async () => {
  const store = await storyStore();
  const entities = (await run(store, 'jsonl', 'entities')).text.trim().split('\n').map((l) => JSON.parse(l));
  const santos = entities.find((e) => e.name === 'Maria Santos');
  assert.equal(santos.reports, 2);
  assert.deepEqual(santos.aliases, ['Santos']);
  assert.equal(santos.firstSeen, '2024-03-02');
  assert.equal(entities.find((e) => e.key === 'gpe:PT').type, 'GPE');
  const statements = (await run(store, 'jsonl', 'statements')).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(statements.length, 2);
  assert.equal(statements[0].speakerKey, 'person:maria santos');
  const events = (await run(store, 'jsonl', 'events')).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual([events.length, events[0].type, events[0].actorKey, events[0].targetKey], [1, 'ACCUSE', 'gpe:PT', 'org:vellmar shipping']);
  await store.close();
});

test('csv: header, BOM, quoting of commas, quotes and line breaks; formula-looking cells neutralised', async () => {
  const store = await storyStore();
  const { text } = await run(store, 'csv', 'statements');
  assert.ok(text.startsWith('\uFEFFreportId,reportDate,sources,statementId,speaker'));
  assert.equal(text.split('\r\n').filter(Boolean).length, 3);
  const { text: reports } = await run(store, 'csv', 'reports');
  assert.match(reports, /"“Vellmar Shipping had not paid Portugal for the clean-up,” Santos said on Sunday, under a <b> & ""quoted"" headline\u0001\."/);
  const { csvField } = await import('./rows.js');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField('-12'), '-12');
  assert.equal(csvField(['APA', 'EFE']), 'APA; EFE');
  await store.close();
});

for (const format of ['gexf', 'graphml'] as const) {
  test(`${format}: well-formed XML; actors as nodes, statements and events as edges with attributes`, async () => {
    const store = await storyStore();
    const { text, records } = await run(store, format);
    const els = parseXml(text);
    const nodes = els.filter((e) => e.name === 'node');
    const edges = els.filter((e) => e.name === 'edge');
    // Santos → Vellmar and → Portugal (twice: two reports), Portugal → Vellmar (event), and the
    // credited outlets → Santos (Lisbon Courier once, APA and Coastline Herald once each). Halden has no edge.
    assert.equal(nodes.length, 6);
    assert.equal(edges.length, 8);
    assert.equal(records, 14);
    const ids = new Set(nodes.map((n) => n.attributes.id));
    for (const e of edges) assert.ok(ids.has(e.attributes.source) && ids.has(e.attributes.target));
    if (format === 'gexf') {
      assert.equal(els[0].attributes.version, '1.2');
      assert.ok(nodes.some((n) => n.attributes.label === 'Maria Santos'));
      assert.ok(edges.some((e) => e.attributes.label === 'ACCUSE'));
      const byLabel = new Map(nodes.map((n) => [n.attributes.id, n.attributes.label]));
      const reported = edges.filter((e) => e.attributes.label === 'reported').map((e) => `${byLabel.get(e.attributes.source)} → ${byLabel.get(e.attributes.target)}`);
      assert.deepEqual(reported.sort(), ['APA → Maria Santos', 'Coastline Herald → Maria Santos', 'Lisbon Courier → Maria Santos']);
    } else {
      assert.ok(els.some((e) => e.name === 'data' && e.text === 'Maria Santos'));
      assert.ok(els.some((e) => e.name === 'data' && e.attributes.key === 'e_label' && e.text === 'ACCUSE'));
    }
    // The control character in report 2 was dropped, the rest escaped and read back intact.
    assert.ok(!text.includes('\u0001'));
    await store.close();
  });
}

test('ftm: entities, articles, mentions and events as {id, schema, properties} with string lists and valid references', async () => {
  const store = await storyStore();
  const { text } = await run(store, 'ftm');
  const entities = text.trim().split('\n').map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
  const ids = new Set(entities.map((e) => e.id));
  assert.equal(ids.size, entities.length);
  const schemas = new Set(entities.map((e) => e.schema));
  assert.deepEqual([...schemas].sort(), ['Address', 'Article', 'Event', 'LegalEntity', 'Mention', 'Organization', 'Person']);
  for (const e of entities) {
    assert.deepEqual(Object.keys(e).sort(), ['id', 'properties', 'schema']);
    for (const v of Object.values(e.properties)) assert.ok(Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));
    for (const ref of [...(e.properties.document ?? []), ...(e.properties.resolved ?? []), ...(e.properties.involved ?? []), ...(e.properties.proof ?? [])]) assert.ok(ids.has(ref), ref);
  }
  const portugal = entities.find((e) => e.properties.name?.[0] === 'Portugal')!;
  assert.deepEqual([portugal.schema, portugal.properties.country], ['LegalEntity', ['pt']]);
  assert.deepEqual(entities.find((e) => e.schema === 'Person')!.properties.alias, ['Santos']);
  assert.equal(entities.filter((e) => e.schema === 'Mention').length, 9);
  const event = entities.find((e) => e.schema === 'Event')!;
  assert.equal(event.properties.involved.length, 2);
  assert.deepEqual(event.properties.date, ['2024-03-02']);
  await store.close();
});

test('jsonld: schema.org Claims with author, dateCreated, appearance and the first appearance of a repeated claim', async () => {
  const store = await storyStore();
  const { text, records } = await run(store, 'jsonld');
  const doc = JSON.parse(text);
  assert.equal(records, 2);
  assert.deepEqual(doc['@context'][0], 'https://schema.org');
  const claims = doc['@graph'] as Record<string, any>[];
  const direct = claims.find((c) => Array.isArray(c['@type']))!;
  assert.deepEqual(direct['@type'], ['Claim', 'Quotation']);
  assert.equal(direct.text, 'Vellmar Shipping had not paid Portugal for the clean-up');
  assert.deepEqual(direct.author, { '@type': 'Person', name: 'Maria Santos', identifier: 'person:maria santos' });
  assert.deepEqual(direct.creator, direct.author);
  assert.equal(direct.dateCreated, '2024-03-03');
  assert.equal(direct.appearance.datePublished, '2024-03-03');
  assert.deepEqual(direct.appearance.publisher.map((p: { name: string }) => p.name), ['APA', 'Coastline Herald']);
  // Said first on 2 March, in another outlet.
  assert.equal(direct.firstAppearance.datePublished, '2024-03-02');
  assert.equal(direct.firstAppearance.headline, 'Minister: owner has not paid');
  const indirect = claims.find((c) => c['@type'] === 'Claim')!;
  assert.equal(indirect.firstAppearance['@id'], indirect.appearance['@id']);
  assert.equal(typeof indirect['ng:start'], 'number');
  await store.close();
});

test('every format on an empty store gives a valid empty file', async () => {
  const store = await openSqliteStore(':memory:');
  for (const format of EXPORT_FORMATS) {
    const { text, records } = await run(store, format);
    assert.equal(records, 0, format);
    if (format === 'gexf' || format === 'graphml') parseXml(text);
    if (format === 'jsonld') assert.deepEqual(JSON.parse(text)['@graph'], []);
  }
  await store.close();
});

test('format and listing mismatches are refused with the choices', async () => {
  const store = await openSqliteStore(':memory:');
  const cases: [ExportFormat, ExportWhat, RegExp][] = [
    ['gexf', 'reports', /gexf holds graph/],
    ['jsonld', 'events', /jsonld holds statements/],
    ['ftm', 'graph', /ftm holds entities/],
    ['xlsx' as ExportFormat, 'reports', /unknown format "xlsx"/],
  ];
  for (const [format, what, message] of cases) {
    await assert.rejects(exportStore(store, { format, what }, createStringSink()), (e: unknown) => e instanceof ExportError && message.test(e.message));
  }
  await store.close();
});
