import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetFromContentType, checkUtf8, chooseEncoding, metaDeclaredCharset, normaliseEncodingLabel, xmlDeclaredEncoding } from './encoding.js';
import { createDecodeInfo, decodeStream } from './decode-stream.js';
import { chunked, collect } from './fixture-files.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

test('labels: ISO-8859-1 and Latin-1 are decoded as Windows-1252; unknown labels are null', () => {
  const cases: [string | null, string | null][] = [
    ['UTF-8', 'utf-8'], ['utf8', 'utf-8'], ['ISO-8859-1', 'windows-1252'], ['latin1', 'windows-1252'], ['cp1252', 'windows-1252'],
    ['"utf-8"', 'utf-8'], ['klingon-8', null], ['', null], [null, null],
  ];
  for (const [label, want] of cases) assert.equal(normaliseEncodingLabel(label), want, String(label));
});

test('declarations: Content-Type charset, XML declaration, meta charset', () => {
  assert.equal(charsetFromContentType('text/html; charset=ISO-8859-1'), 'ISO-8859-1');
  assert.equal(charsetFromContentType('text/html;charset="utf-8"'), 'utf-8');
  assert.equal(charsetFromContentType('text/html'), null);
  assert.equal(xmlDeclaredEncoding(utf8('<?xml version="1.0" encoding="windows-1252"?><rss/>')), 'windows-1252');
  assert.equal(xmlDeclaredEncoding(utf8("<?xml version='1.0' encoding='utf-8'?>")), 'utf-8');
  assert.equal(xmlDeclaredEncoding(utf8('<?xml version="1.0"?><rss/>')), null);
  assert.equal(xmlDeclaredEncoding(utf8('<rss encoding="x"/>')), null);
  assert.equal(metaDeclaredCharset(utf8('<html><head><meta charset="iso-8859-1"></head>')), 'iso-8859-1');
  assert.equal(metaDeclaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')), 'windows-1252');
  assert.equal(metaDeclaredCharset(utf8('<meta name="description" content="charset=utf-16">')), null);
  assert.equal(metaDeclaredCharset(utf8('<html><body>no meta</body></html>')), null);
});

test('checkUtf8: valid, invalid, overlong, surrogate, and a sequence cut at a chunk end', () => {
  const cases: [Uint8Array, boolean, boolean, boolean][] = [
    [utf8('plain'), true, true, false],
    [utf8('água'), true, true, true],
    [latin1('água'), true, false, true],
    [Uint8Array.from([0xc0, 0x80]), true, false, true], // overlong NUL
    [Uint8Array.from([0xed, 0xa0, 0x80]), true, false, true], // surrogate
    [Uint8Array.from([0x61, 0xc3]), true, false, true], // cut, complete input
    [Uint8Array.from([0x61, 0xc3]), false, true, true], // cut, more to come
  ];
  for (const [bytes, complete, valid, nonAscii] of cases) assert.deepEqual(checkUtf8(bytes, complete), { valid, nonAscii }, Buffer.from(bytes).toString('hex'));
});

test('chooseEncoding: BOM, declared, detected, and wrong declarations', () => {
  const cases: { bytes: Uint8Array; declared: string | null; encoding: string; source: string; problem: boolean }[] = [
    { bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), declared: 'iso-8859-1', encoding: 'utf-8', source: 'bom', problem: false },
    { bytes: Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), declared: null, encoding: 'utf-16le', source: 'bom', problem: false },
    { bytes: utf8('água'), declared: null, encoding: 'utf-8', source: 'detected', problem: false },
    { bytes: latin1('água'), declared: null, encoding: 'windows-1252', source: 'detected', problem: false },
    { bytes: latin1('água'), declared: 'iso-8859-1', encoding: 'windows-1252', source: 'declared', problem: false },
    { bytes: latin1('água'), declared: 'utf-8', encoding: 'windows-1252', source: 'detected', problem: true },
    { bytes: utf8('água'), declared: 'iso-8859-1', encoding: 'utf-8', source: 'detected', problem: true },
    { bytes: utf8('plain ascii'), declared: 'iso-8859-1', encoding: 'windows-1252', source: 'declared', problem: false },
    { bytes: utf8('água'), declared: 'no-such-charset', encoding: 'utf-8', source: 'detected', problem: true },
  ];
  for (const c of cases) {
    const got = chooseEncoding(c.bytes, c.declared);
    assert.deepEqual([got.encoding, got.source, got.problem !== null], [c.encoding, c.source, c.problem], `${Buffer.from(c.bytes).toString('hex')} ${c.declared}`);
  }
});

test('decodeStream: multi-byte characters split across chunks survive; window decides the encoding', async () => {
  const text = 'Peñíscola – “água” '.repeat(50);
  for (const size of [1, 3, 7, 64]) {
    const info = createDecodeInfo();
    const out = (await collect(decodeStream(chunked(utf8(text), size), { windowBytes: 16 }, info))).join('');
    assert.equal(out, text, `chunk ${size}`);
    assert.equal(info.choice?.encoding, 'utf-8');
    assert.equal(info.replaced, false);
  }
  const info = createDecodeInfo();
  const out = (await collect(decodeStream(chunked(latin1('água '.repeat(10)), 5), {}, info))).join('');
  assert.equal(out, 'água '.repeat(10));
  assert.equal(info.choice?.encoding, 'windows-1252');
});

test('decodeStream: invalid bytes after the sniff window are replaced and flagged', async () => {
  const bytes = Buffer.concat([utf8('a'.repeat(100)), latin1('á')]);
  const info = createDecodeInfo();
  const out = (await collect(decodeStream(chunked(bytes, 10), { windowBytes: 20 }, info))).join('');
  assert.equal(out, `${'a'.repeat(100)}\uFFFD`);
  assert.equal(info.replaced, true);
});
