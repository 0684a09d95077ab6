import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixturePath } from './fixture-files.js';
import { parseHtmlReport } from './html-reader.js';
import type { ReadItem } from './read-item.js';

const read = (name: string, extra: { declaredCharset?: string; date?: string } = {}): ReadItem => parseHtmlReport(readFileSync(fixturePath(name)), { file: name, ...extra });
const codes = (item: ReadItem) => (item.kind === 'report' ? item.warnings.map((w) => w.code) : [item.diagnostic.code]);

function report(item: ReadItem) {
  assert.equal(item.kind, 'report', item.kind === 'rejected' ? item.diagnostic.message : '');
  if (item.kind !== 'report') throw new Error('unreachable');
  return item.report;
}

test('article page: main text without navigation, sidebar or footer; meta tags give title, date, site, URL', () => {
  const item = read('page-article.html');
  const r = report(item);
  assert.equal(r.title, 'Fuel spill reaches Halden harbour');
  assert.equal(r.date, '2024-03-02');
  assert.equal(r.outlet, 'Lisbon Courier');
  assert.deepEqual(r.sources, ['Lisbon Courier']);
  assert.equal(r.url, 'https://courier.example/2024/03/02/spill');
  assert.match(r.text, /^The harbour master said on Saturday/m);
  assert.match(r.text, /has not yet responded to requests for comment\./);
  assert.match(r.text, /according to a statement from the regional government\.$/);
  for (const junk of ['Home', 'Most read', 'Another story', 'All rights reserved', 'track(']) assert.ok(!r.text.includes(junk), junk);
  // Paragraphs stay apart.
  assert.ok(r.text.split('\n\n').length >= 4);
  assert.deepEqual(codes(item), []);
});

test('JSON-LD @graph gives headline, datePublished and publisher when meta tags are missing', () => {
  const r = report(read('page-jsonld.html'));
  assert.equal(r.title, 'Vellmar Shipping responds to spill');
  assert.equal(r.date, '2024-03-06');
  assert.deepEqual(r.sources, ['Cargo Ledger']);
  assert.match(r.text, /^Vellmar Shipping said on Wednesday/);
});

const charsetCases: { file: string; declaredCharset?: string; warnings: string[] }[] = [
  { file: 'page-latin1.html', warnings: [] },
  { file: 'hostile-page-undeclared-latin1.html', warnings: [] },
  { file: 'hostile-page-wrong-charset.html', warnings: ['input/encoding-mismatch'] },
  // An HTTP header beats the meta tag: here it is right and the meta is wrong.
  { file: 'hostile-page-wrong-charset.html', declaredCharset: 'windows-1252', warnings: [] },
];
for (const c of charsetCases) {
  test(`charset: ${c.file}${c.declaredCharset ? ` with HTTP charset ${c.declaredCharset}` : ''}`, () => {
    const item = read(c.file, c.declaredCharset ? { declaredCharset: c.declaredCharset } : {});
    const r = report(item);
    assert.match(r.text, /câmara de Peniche disse que a água estava limpa/);
    assert.equal(r.date, '2024-03-04');
    assert.deepEqual(codes(item), c.warnings);
  });
}

test('a page with no date takes the given default date; without one it warns', () => {
  const html = Buffer.from('<html><body><p>The mayor said the beach would reopen on Friday, and fishing next week.</p></body></html>');
  const dated = parseHtmlReport(html, { file: 'x.html', date: '2024-01-01' });
  assert.equal(report(dated).date, '2024-01-01');
  const undated = parseHtmlReport(html, { file: 'x.html' });
  assert.equal(report(undated).date, null);
  assert.ok(codes(undated).includes('input/no-date'));
});

const hostile: { name: string; html: () => string; code: string; maxMs: number }[] = [
  { name: 'deeply nested divs', html: () => `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`, code: 'input/too-deep', maxMs: 2000 },
  { name: 'deeply nested unclosed spans', html: () => `<html><body>${'<span>'.repeat(50_000)}x</body></html>`, code: 'input/too-deep', maxMs: 2000 },
  { name: 'too many elements', html: () => `<html><body>${'<b>x</b>'.repeat(150_000)}</body></html>`, code: 'input/too-many-elements', maxMs: 2000 },
  { name: 'empty page', html: () => '', code: 'input/empty', maxMs: 100 },
  { name: 'page without text', html: () => '<html><body><img src="a.png"><script>var x = "words words";</script></body></html>', code: 'input/no-body', maxMs: 1000 },
  { name: 'binary', html: () => '<html>\u0000\u0001\u0002</html>', code: 'input/binary', maxMs: 100 },
];
for (const c of hostile) {
  test(`hostile page: ${c.name} → ${c.code} in bounded time`, () => {
    const t0 = performance.now();
    const item = parseHtmlReport(Buffer.from(c.html()), { file: 'h.html', where: 'record 7' });
    const ms = performance.now() - t0;
    assert.equal(item.kind, 'rejected');
    if (item.kind !== 'rejected') return;
    assert.equal(item.diagnostic.code, c.code);
    assert.equal(item.diagnostic.file, 'h.html');
    assert.match(item.diagnostic.message, /^record 7: /);
    assert.ok(ms < c.maxMs, `${ms.toFixed(0)} ms`);
  });
}

test('hostile page: a 5 MB attribute is read in bounded time with a warning, and the text kept', () => {
  const html = `<html><body><div data-x="${'x'.repeat(5_000_000)}"><p>${'The mayor said the beach would reopen on Friday. '.repeat(5)}</p></div></body></html>`;
  const t0 = performance.now();
  const item = parseHtmlReport(Buffer.from(html), { file: 'big.html' });
  assert.ok(performance.now() - t0 < 5000);
  assert.match(report(item).text, /^The mayor said/);
  assert.ok(codes(item).includes('input/huge-attribute'));
});

test('ordinary nesting (60 levels, many unclosed <p>) is not refused', () => {
  const html = `<html><body>${'<div>'.repeat(60)}${'<p>The port said the ship was towed away. '.repeat(300)}${'</div>'.repeat(60)}</body></html>`;
  assert.equal(parseHtmlReport(Buffer.from(html), { file: 'ok.html' }).kind, 'report');
});
