import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseColumnMap, resolveColumns } from './column-map.js';
import { readCsvFile, readCsvStream, sniffDelimiter } from './csv-reader.js';
import { chunked, collect, fixturePath } from './fixture-files.js';
import type { ReadItem } from './read-item.js';

const outline = (items: ReadItem[]) => items.map((i) => (i.kind === 'report' ? `report:${i.report.origin?.line}` : `${i.diagnostic.code}:${i.diagnostic.line ?? '-'}`));
const csv = (s: string, name = 'x.csv', options = {}) => collect(readCsvStream(chunked(Buffer.from(s), 16), name, options));

test('CSV with default column names: quoted multi-line bodies, feed-style dates, bad rows named by line', async () => {
  const items = await collect(readCsvFile(fixturePath('reports.csv')));
  assert.deepEqual(outline(items), ['report:4', 'report:5', 'input/no-body:6', 'input/malformed-date:7', 'report:8']);
  const [a, b] = items.map((i) => (i.kind === 'report' ? i.report : null));
  assert.equal(a!.title, 'Spill reaches harbour');
  assert.equal(a!.text, 'The harbour master said on Saturday that the spill had reached the inner basin.\n\nVellmar Shipping has not yet responded to requests for comment.');
  assert.equal(a!.date, '2024-03-02');
  assert.deepEqual(a!.sources, ['Coastline Herald', 'APA']);
  assert.equal(a!.url, 'https://herald.example/spill');
  assert.equal(a!.externalId, 'h-1');
  assert.equal(a!.outlet, 'Coastline Herald');
  assert.equal(b!.title, 'Crews arrive, "finally"');
  assert.equal(b!.date, '2024-03-03');
});

test('an explicit --map names the columns; a missing mapped column rejects the file once', async () => {
  const data = 'story_text;when;paper\nThe mayor said the beach would reopen.;2024-03-04;Iberian Daily Post\n';
  const items = await csv(data, 'x.csv', { columns: parseColumnMap(['text=story_text,date=when', 'outlet=paper']) });
  assert.deepEqual(outline(items), ['report:2']);
  assert.equal(items[0].kind === 'report' && items[0].report.outlet, 'Iberian Daily Post');
  const bad = await csv(data, 'x.csv', { columns: { text: 'nope' } });
  assert.deepEqual(outline(bad), ['input/bad-columns:1']);
  assert.match(bad[0].kind === 'rejected' ? bad[0].diagnostic.message : '', /column "nope" \(for text\) is not in the header/);
  assert.deepEqual(outline(await csv('a,b\n1,2\n')), ['input/bad-columns:1']);
});

test('TSV by extension; Windows-1252 bytes detected; BOM dropped', async () => {
  const tsv = await collect(readCsvStream(chunked(Buffer.from('\uFEFFtext\tdate\nThe mayor said, quietly, it was over.\t2024-03-04\n'), 8), 'x.tsv'));
  assert.deepEqual(outline(tsv), ['report:2']);
  assert.equal(tsv[0].kind === 'report' && tsv[0].report.text, 'The mayor said, quietly, it was over.');
  const latin = await collect(readCsvStream(chunked(Buffer.from('text\n"A água está limpa, disse o presidente."\n', 'latin1'), 8), 'x.csv'));
  assert.equal(latin[0].kind === 'report' && latin[0].report.text, 'A água está limpa, disse o presidente.');
});

test('hostile CSV: an unclosed quote and an oversized record are rejected with a line; earlier rows kept', async () => {
  const unclosed = await csv('text\nFine row, he said.\n"never closed\nmore\n');
  assert.deepEqual(outline(unclosed).slice(0, 1), ['report:2']);
  assert.ok(outline(unclosed).some((o) => o.startsWith('input/bad-csv')));
  const huge = await csv(`text\nSmall row, she said.\n"${'x'.repeat(5000)}"\nAnother row, they said.\n`, 'x.csv', { maxRecordChars: 1000 });
  assert.equal(outline(huge)[0], 'report:2');
  assert.ok(outline(huge).some((o) => o.startsWith('input/bad-csv')));
});

test('empty input and header-only input', async () => {
  assert.deepEqual(outline(await csv('')), ['input/empty:-']);
  assert.deepEqual(outline(await csv('text,date\n')), []);
});

test('sniffDelimiter and parseColumnMap', () => {
  assert.equal(sniffDelimiter('a,b,c'), ',');
  assert.equal(sniffDelimiter('a;b;c'), ';');
  assert.equal(sniffDelimiter('a\tb\tc'), '\t');
  assert.equal(sniffDelimiter('single'), ',');
  assert.deepEqual(parseColumnMap(['text=body, date=published']), { text: 'body', date: 'published' });
  assert.throws(() => parseColumnMap(['body']), /field=column/);
  assert.throws(() => parseColumnMap(['author=x']), /unknown field "author"/);
  assert.deepEqual(resolveColumns(['Body', 'Headline'], {}), { ok: true, index: { text: 0, title: 1 } });
});
