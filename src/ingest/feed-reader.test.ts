import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Report } from '../model/report.js';
import { readFeedFile, readFeedStream } from './feed-reader.js';
import { chunked, collect, fixturePath } from './fixture-files.js';
import type { ReadItem } from './read-item.js';

const reports = (items: ReadItem[]): Report[] => items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
const rejections = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'rejected' ? [i.diagnostic] : []));
const warnings = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'report' ? i.warnings : []));

test('RSS 2.0: items become reports with date, title, link, guid and text reduced from HTML', async () => {
  const items = await collect(readFeedFile(fixturePath('rss-basic.xml')));
  const r = reports(items);
  assert.equal(r.length, 3);
  assert.deepEqual(r.map((x) => x.date), ['2024-03-02', '2024-03-03', null]);
  assert.equal(r[0].title, 'Fuel spill reaches Halden harbour');
  assert.equal(r[0].url, 'https://herald.example/2024/03/02/spill');
  assert.equal(r[0].externalId, 'herald-1001');
  assert.equal(r[0].outlet, 'Coastline Herald');
  assert.deepEqual(r[0].sources, ['Coastline Herald']);
  // content:encoded wins over description; paragraphs kept apart; script dropped.
  assert.equal(r[0].text, 'The harbour master said on Saturday that the spill had reached the inner basin.\n\nVellmar Shipping has not yet responded to requests for comment.');
  assert.equal(r[1].title, 'Clean-up crews & volunteers arrive');
  assert.equal(r[1].text, 'Crews arrived at dawn, officials said.\n\nFishing is suspended.');
  assert.equal(r[1].externalId, 'https://herald.example/2024/03/03/crews');
  // <source> names the credited wire.
  assert.deepEqual(r[2].sources, ['APA']);
  assert.equal(r[0].origin?.line, 7);
});

test('RSS: an item with no body is rejected by item number and line; a bad date is a warning', async () => {
  const items = await collect(readFeedFile(fixturePath('rss-basic.xml')));
  const rej = rejections(items);
  assert.equal(rej.length, 1);
  assert.equal(rej[0].code, 'input/no-body');
  assert.match(rej[0].message, /^item 3 \("Empty item"\)/);
  assert.equal(rej[0].line, 23);
  assert.ok(rej[0].file?.endsWith('rss-basic.xml'));
  assert.deepEqual(warnings(items).map((w) => w.code), ['input/malformed-date']);
});

test('Atom: xhtml and html content, alternate link, published over updated, entity title', async () => {
  const r = reports(await collect(readFeedFile(fixturePath('atom-basic.xml'))));
  assert.equal(r.length, 2);
  assert.equal(r[0].title, 'Inspectors board Halden Star');
  assert.equal(r[0].url, 'https://review.example/inspectors');
  assert.equal(r[0].date, '2024-03-04');
  assert.equal(r[0].externalId, 'urn:uuid:entry-1');
  assert.equal(r[0].text, 'Inspectors boarded the tanker on Monday, the agency said.\n\nIt did not say what they found.');
  assert.deepEqual(r[0].sources, ['Rotterdam Harbour Review']);
  assert.equal(r[1].date, '2024-03-05');
  assert.equal(r[1].url, 'https://review.example/owner');
  assert.equal(r[1].text, 'Vellmar Shipping said it regretted the spill.');
});

test('the same feed read in 7-byte chunks gives the same reports (chunk boundaries)', async () => {
  const bytes = readFileSync(fixturePath('rss-basic.xml'));
  const whole = reports(await collect(readFeedFile(fixturePath('rss-basic.xml'))));
  const pieces = reports(await collect(readFeedStream(chunked(bytes, 7), 'rss-basic.xml')));
  assert.deepEqual(pieces.map((r) => r.id), whole.map((r) => r.id));
});

const encodingCases: { name: string; file: string; warning: string | null }[] = [
  { name: 'Latin-1 declared and true', file: 'rss-latin1.xml', warning: null },
  { name: 'Windows-1252 bytes declared UTF-8', file: 'hostile-wrong-encoding.xml', warning: 'input/encoding-mismatch' },
  { name: 'UTF-8 bytes declared ISO-8859-1', file: 'rss-utf8-declared-latin1.xml', warning: 'input/encoding-mismatch' },
];
for (const c of encodingCases) {
  test(`encoding: ${c.name}`, async () => {
    const items = await collect(readFeedFile(fixturePath(c.file)));
    const r = reports(items);
    assert.equal(r.length, 1);
    assert.equal(r[0].title, 'Peñíscola');
    assert.match(r[0].text, /^The mayor of Peñíscola said the água was clean/);
    assert.ok(!r[0].text.includes('\uFFFD'));
    assert.deepEqual(warnings(items).map((w) => w.code), c.warning ? [c.warning] : []);
  });
}

const hostileCases: { file: string; code: string; keeps: number }[] = [
  { file: 'hostile-billion-laughs.xml', code: 'input/xml-entities', keeps: 0 },
  { file: 'hostile-external-entity.xml', code: 'input/xml-entities', keeps: 0 },
  { file: 'hostile-not-well-formed.xml', code: 'input/bad-xml', keeps: 1 },
];
for (const c of hostileCases) {
  test(`hostile feed ${c.file}: ${c.code}, bounded time, earlier items kept`, async () => {
    const t0 = performance.now();
    const items = await collect(readFeedFile(fixturePath(c.file)));
    assert.ok(performance.now() - t0 < 1000);
    const rej = rejections(items);
    assert.equal(rej.length, 1);
    assert.equal(rej[0].code, c.code);
    assert.ok(rej[0].line! >= 1);
    assert.equal(reports(items).length, c.keeps);
  });
}

const notFeeds: { name: string; xml: string; code: string }[] = [
  { name: 'another XML vocabulary', xml: '<?xml version="1.0"?><html><body>x</body></html>', code: 'input/not-a-feed' },
  { name: 'plain text', xml: 'just words, not XML', code: 'input/bad-xml' },
  { name: 'deep nesting', xml: `<rss><channel>${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}</channel></rss>`, code: 'input/too-deep' },
];
for (const c of notFeeds) {
  test(`not a feed: ${c.name} → ${c.code}`, async () => {
    const items = await collect(readFeedStream(chunked(Buffer.from(c.xml), 1024), 'x.xml'));
    assert.deepEqual(items.map((i) => (i.kind === 'rejected' ? i.diagnostic.code : 'report')), [c.code]);
  });
}

test('an item over the size limit is skipped alone; its neighbours are read', async () => {
  const big = 'word '.repeat(600_000);
  const xml = `<rss><channel><title>T</title><item><description>Small one, he said.</description></item><item><description>${big}</description></item><item><description>Another, she said.</description></item></channel></rss>`;
  const items = await collect(readFeedStream(chunked(Buffer.from(xml), 65536), 'big.xml'));
  assert.deepEqual(items.map((i) => (i.kind === 'rejected' ? i.diagnostic.code : 'report')), ['report', 'input/too-large', 'report']);
});

test('HTML entities undefined in XML give one warning and the item is still read', async () => {
  const xml = '<rss><channel><title>T</title><item><description>Tanker&nbsp;towed, officials said.</description></item></channel></rss>';
  const items = await collect(readFeedStream(chunked(Buffer.from(xml), 1024), 'e.xml'));
  assert.equal(reports(items).length, 1);
  assert.deepEqual(warnings(items).map((w) => w.code), ['input/undefined-entity']);
});

test('RSS 1.0 (RDF) items with dc:date and dc:creator', async () => {
  const xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://ledger.example/"><title>Cargo Ledger</title><link>https://ledger.example/</link></channel>
<item rdf:about="https://ledger.example/1"><title>Insurers count the cost</title><link>https://ledger.example/1</link><dc:date>2024-03-06T08:00:00Z</dc:date><dc:creator>Tom Berg</dc:creator><description>Insurers said the claim could exceed ten million euros.</description></item>
</rdf:RDF>`;
  const r = reports(await collect(readFeedStream(chunked(Buffer.from(xml), 64), 'ledger.rdf')));
  assert.equal(r.length, 1);
  assert.deepEqual([r[0].date, r[0].title, r[0].url, r[0].outlet], ['2024-03-06', 'Insurers count the cost', 'https://ledger.example/1', 'Cargo Ledger']);
  assert.equal(r[0].externalId, 'https://ledger.example/1');
});

test('hostile feed: a 5 MB attribute is parsed in bounded time and the items are kept', async () => {
  const xml = `<rss><channel><title>T</title><item><title x="${'a'.repeat(5_000_000)}">Big</title><description>The port said the tanker was towed.</description></item></channel></rss>`;
  const t0 = performance.now();
  const items = await collect(readFeedStream(chunked(Buffer.from(xml), 65536), 'attr.xml'));
  assert.ok(performance.now() - t0 < 5000);
  assert.deepEqual(reports(items).map((r) => r.title), ['Big']);
});
