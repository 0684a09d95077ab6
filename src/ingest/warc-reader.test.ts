import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chunked, collect, fixturePath } from './fixture-files.js';
import type { ReadItem } from './read-item.js';
import { buildTestWarc, sampleWarcRecords } from './warc-fixture.js';
import { readWarcFile, readWarcStream } from './warc-reader.js';

const summary = (items: ReadItem[]) => items.map((i) => (i.kind === 'report' ? `report ${i.report.url}` : `${i.diagnostic.code} ${i.diagnostic.message.slice(0, 40)}`));

for (const gzip of [false, true]) {
  test(`WARC${gzip ? ' (gzip per record)' : ''}: HTML responses become reports; requests, images, 404s skipped; hostile page rejected by record`, async () => {
    const bytes = await buildTestWarc(sampleWarcRecords(), { gzip });
    const items = await collect(readWarcStream(chunked(bytes, 1000), 'sample.warc'));
    assert.deepEqual(summary(items), [
      'report https://tribune.example/spill',
      'report https://tribune.example/mussels',
      'input/too-deep record 7 (https://tribune.example/deep):',
    ]);
    const [spill, mussels] = items.map((i) => (i.kind === 'report' ? i : null));
    assert.equal(spill!.report.title, 'Beaches reopen after spill');
    assert.equal(spill!.report.date, '2024-03-06');
    assert.deepEqual(spill!.report.sources, ['Alentejo Tribune']);
    assert.match(spill!.report.text, /^The regional government said on Wednesday/);
    assert.ok(!spill!.report.text.includes('Home'));
    assert.deepEqual(spill!.warnings, []);
    // Charset from the HTTP header; no date on the page, so the capture date, with a warning.
    assert.match(mussels!.report.text, /how it would test the água in the lagoon/);
    assert.equal(mussels!.report.date, '2024-03-07');
    assert.deepEqual(mussels!.warnings.map((w) => w.code), ['input/date-from-capture']);
  });
}

test('WARC: a --date given by the user beats the capture date', async () => {
  const bytes = await buildTestWarc(sampleWarcRecords());
  const items = await collect(readWarcStream(chunked(bytes, 4096), 'sample.warc', { date: '2024-03-01' }));
  const mussels = items.find((i) => i.kind === 'report' && i.report.url?.endsWith('mussels'));
  assert.ok(mussels && mussels.kind === 'report');
  assert.equal(mussels.report.date, '2024-03-01');
  assert.deepEqual(mussels.warnings, []);
});

test('WARC: a page over the size limit (after gzip decoding) is refused alone while streaming', async () => {
  const bytes = await buildTestWarc(sampleWarcRecords(), { gzip: true });
  // The deep page is 55 kB of markup that gzips to a few hundred bytes.
  const items = await collect(readWarcStream(chunked(bytes, 4096), 'sample.warc', { maxPageBytes: 20_000 }));
  const codes = items.map((i) => (i.kind === 'report' ? 'report' : i.diagnostic.code));
  assert.deepEqual(codes, ['report', 'report', 'input/too-large']);
});

const broken: { name: string; bytes: () => Promise<Uint8Array>; codes: string[] }[] = [
  { name: 'not a WARC at all', bytes: async () => Buffer.from('<html><body>hello</body></html>\r\n\r\n'), codes: ['input/bad-warc'] },
  { name: 'only request records', bytes: () => buildTestWarc(sampleWarcRecords().slice(0, 2)), codes: ['input/no-pages'] },
  {
    name: 'truncated after the first page',
    bytes: async () => {
      const full = await buildTestWarc(sampleWarcRecords());
      const cut = Buffer.from(full).indexOf('https://tribune.example/mussels');
      return full.subarray(0, cut + 200);
    },
    codes: ['report'],
  },
];
for (const c of broken) {
  test(`WARC broken: ${c.name}`, async () => {
    const items = await collect(readWarcStream(chunked(await c.bytes(), 512), 'bad.warc'));
    const codes = items.map((i) => (i.kind === 'report' ? 'report' : i.diagnostic.code));
    assert.deepEqual(codes.slice(0, c.codes.length), c.codes);
    for (const i of items) if (i.kind === 'rejected') assert.equal(i.diagnostic.file, 'bad.warc');
  });
}

test('the committed sample.warc.gz fixture reads like the built one', async () => {
  const items = await collect(readWarcFile(fixturePath('sample.warc.gz')));
  assert.deepEqual(summary(items).map((s) => s.split(' ')[0]), ['report', 'report', 'input/too-deep']);
  assert.ok(readFileSync(fixturePath('sample.warc.gz')).length < 20_000);
});
