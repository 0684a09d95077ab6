import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { byteLines, readJsonl } from './jsonl-reader.js';
import type { ReadItem } from './read-item.js';

async function read(lines: (string | Buffer)[], maxLineBytes = 1000, chunk = 7): Promise<ReadItem[]> {
  const all = Buffer.concat(lines.map((l) => Buffer.concat([typeof l === 'string' ? Buffer.from(l) : l, Buffer.from('\n')])));
  // Small chunks, so lines straddle chunk boundaries as they do in real streams.
  const chunks: Buffer[] = [];
  for (let i = 0; i < all.length; i += chunk) chunks.push(all.subarray(i, i + chunk));
  const out: ReadItem[] = [];
  for await (const item of readJsonl('in.jsonl', maxLineBytes, Readable.from(chunks))) out.push(item);
  return out;
}

describe('readJsonl', () => {
  it('reads good records with their fields and keeps the given id as externalId', async () => {
    const items = await read([
      JSON.stringify({ id: 'a1', text: 'Officials said the port was closed.', date: '2024-03-02', sources: ['APA'], title: 'Port closed', url: 'https://example.org/a', outlet: 'Harbour Times' }),
      '',
      JSON.stringify({ text: 'No date here.' }),
    ]);
    assert.equal(items.length, 2);
    const [a, b] = items;
    assert.ok(a.kind === 'report' && b.kind === 'report');
    assert.equal(a.report.externalId, 'a1');
    assert.equal(a.report.title, 'Port closed');
    assert.deepEqual(a.report.sources, ['APA']);
    assert.deepEqual(a.report.origin, { file: 'in.jsonl', line: 1 });
    assert.equal(b.report.date, null);
    assert.deepEqual(b.report.origin, { file: 'in.jsonl', line: 3 });
  });

  it('rejects each bad line with its line number and goes on', async () => {
    const items = await read([
      '{"text": "fine", "date": "2024-03-02"}',
      '{"text": "broken',
      '[1, 2]',
      '{"title": "no text"}',
      '{"text": "bad date", "date": "March 2"}',
      '{"text": "bad sources", "sources": 5}',
      Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
      `{"text": "${'x'.repeat(2000)}"}`,
      '{"text": "also fine"}',
    ]);
    const summary = items.map((i) => (i.kind === 'report' ? 'ok' : `${i.diagnostic.line}:${i.diagnostic.code}`));
    assert.deepEqual(summary, [
      'ok', '2:input/bad-json', '3:input/bad-record', '4:input/no-body', '5:input/malformed-date',
      '6:input/bad-record', '7:input/invalid-utf8', '8:input/too-large', 'ok',
    ]);
  });
});

describe('byteLines', () => {
  it('keeps memory bounded on an over-long line and reports its size', async () => {
    const big = Buffer.alloc(100_000, 0x61);
    const got: { line: number; size: number; kept: boolean }[] = [];
    for await (const l of byteLines(Readable.from([Buffer.from('ab\n'), big, Buffer.from('\ncd')]), 10)) got.push({ line: l.line, size: l.size, kept: l.bytes !== null });
    assert.deepEqual(got, [{ line: 1, size: 2, kept: true }, { line: 2, size: 100_000, kept: false }, { line: 3, size: 2, kept: true }]);
  });
});
