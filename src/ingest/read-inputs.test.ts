import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { createPipeline } from '../nlp/pipeline.js';
import { ingestItems } from '../engine/ingest.js';
import { collect, fixturePath } from './fixture-files.js';
import { readBufferItems, readInputs } from './read-inputs.js';

/** A folder holding one of every format, good and hostile, some without telling extensions. */
function makeBatch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-formats-'));
  const copy = (name: string, as = name) => copyFileSync(fixturePath(name), join(dir, as));
  copy('rss-basic.xml', '01-feed.rss');
  copy('hostile-billion-laughs.xml', '02-laughs.xml');
  copy('page-article.html', '03-page.html');
  copy('page-jsonld.html', '04-page-no-extension');
  copy('sample.warc.gz', '05-crawl.warc.gz');
  copy('reports.csv', '06-table.csv');
  copy('atom-basic.xml', '07-atom-no-extension');
  writeFileSync(join(dir, '08-deep.html'), `<html><body>${'<div>'.repeat(20_000)}x</body></html>`);
  writeFileSync(join(dir, '09-seed.txt'), 'date 2024-03-08 The mayor said the bay was clean.\nSource: Lisbon Courier.');
  writeFileSync(join(dir, '10-lines.jsonl'), '{"text":"The agency said so.","date":"2024-03-08"}\nnot json\n');
  writeFileSync(join(dir, '11-empty.html'), '');
  return dir;
}

test('a mixed folder: every reader is chosen by extension or content; hostile inputs are rejected alone', async () => {
  const dir = makeBatch();
  try {
    const items = await collect(readInputs([dir]));
    const byFile = new Map<string, string[]>();
    for (const i of items) {
      const file = (i.kind === 'report' ? i.report.origin?.file : i.diagnostic.file)!.split('/').pop()!;
      byFile.set(file, [...(byFile.get(file) ?? []), i.kind === 'report' ? 'report' : i.diagnostic.code]);
    }
    assert.deepEqual(Object.fromEntries(byFile), {
      '01-feed.rss': ['report', 'report', 'input/no-body', 'report'],
      '02-laughs.xml': ['input/xml-entities'],
      '03-page.html': ['report'],
      '04-page-no-extension': ['report'],
      '05-crawl.warc.gz': ['report', 'report', 'input/too-deep'],
      '06-table.csv': ['report', 'report', 'input/no-body', 'input/malformed-date', 'report'],
      '07-atom-no-extension': ['report', 'report'],
      '08-deep.html': ['input/too-deep'],
      '09-seed.txt': ['report'],
      '10-lines.jsonl': ['report', 'input/bad-json'],
      '11-empty.html': ['input/empty'],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingesting the mixed folder stores every good report and names every rejection', async () => {
  const dir = makeBatch();
  const store = await openSqliteStore(':memory:');
  try {
    const t0 = performance.now();
    const s = await ingestItems(store, readInputs([dir]), { pipeline: createPipeline([]) });
    assert.ok(performance.now() - t0 < 15_000);
    assert.equal(s.stored, 14);
    assert.equal(s.rejected, 8);
    assert.ok(s.rejections.every((d) => d.file && d.code.startsWith('input/')));
    assert.equal((await store.stats()).reports, 14);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stdin bytes are read by the reader their content shows', async () => {
  const cases: [string | Buffer, string[]][] = [
    [readFileSync(fixturePath('atom-basic.xml')), ['report', 'report']],
    [readFileSync(fixturePath('page-article.html')), ['report']],
    [readFileSync(fixturePath('sample.warc.gz')), ['report', 'report', 'input/too-deep']],
    ['date 2024-03-08 The mayor said the bay was clean.\nSource: Lisbon Courier.', ['report']],
    ['', ['input/empty']],
  ];
  for (const [input, want] of cases) {
    const items = await collect(readBufferItems(typeof input === 'string' ? Buffer.from(input) : input, '-'));
    assert.deepEqual(items.map((i) => (i.kind === 'report' ? 'report' : i.diagnostic.code)), want);
    for (const i of items) assert.equal(i.kind === 'report' ? i.report.origin?.file : i.diagnostic.file, '-');
  }
});
