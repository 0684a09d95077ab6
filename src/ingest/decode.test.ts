import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from './decode.js';

describe('decodeText', () => {
  const limits = { maxBytes: 64 };
  const cases: { name: string; bytes: Uint8Array; code?: string; text?: string }[] = [
    { name: 'UTF-8 text', bytes: Buffer.from('Ação em São Paulo'), text: 'Ação em São Paulo' },
    { name: 'a BOM, dropped', bytes: Buffer.from('\uFEFFHello'), text: 'Hello' },
    { name: 'empty input', bytes: new Uint8Array(0), code: 'input/empty' },
    { name: 'only whitespace', bytes: Buffer.from(' \n\t '), code: 'input/empty' },
    { name: 'NUL bytes', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), code: 'input/binary' },
    { name: 'Latin-1 bytes (invalid UTF-8)', bytes: Uint8Array.from([0x53, 0xe3, 0x6f, 0x20, 0x50]), code: 'input/invalid-utf8' },
    { name: 'input over the limit', bytes: Buffer.alloc(65, 0x61), code: 'input/too-large' },
  ];
  for (const c of cases) {
    it(`handles ${c.name}`, () => {
      const r = decodeText(c.bytes, 'f.txt', limits);
      if (c.code) {
        assert.equal(r.ok, false);
        if (!r.ok) {
          assert.equal(r.diagnostic.code, c.code);
          assert.equal(r.diagnostic.file, 'f.txt');
          assert.equal(r.diagnostic.severity, 'error');
        }
      } else {
        assert.deepEqual(r, { ok: true, text: c.text });
      }
    });
  }
});
