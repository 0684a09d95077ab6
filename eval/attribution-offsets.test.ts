import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nfcOffsetMap } from './attribution-offsets.js';

const cases: { name: string; original: string; word: string }[] = [
  { name: 'already NFC: identity', original: 'The mayor said so.', word: 'said' },
  { name: 'decomposed accent before the span', original: 'Jose\u0301 Mari\u0301a said it was late.', word: 'said' },
  { name: 'decomposed accent inside the span', original: 'They met in Sa\u0303o Paulo on Monday.', word: 'Paulo' },
  { name: 'emoji (surrogate pair) is not a mark', original: 'Fans 😀 cheered as Rene\u0301 spoke.', word: 'spoke' },
];

test('NFC offsets map back to the original text', () => {
  for (const c of cases) {
    const nfc = c.original.normalize('NFC');
    const map = nfcOffsetMap(c.original);
    const s = nfc.indexOf(c.word);
    assert.equal(c.original.slice(map(s), map(s + c.word.length)), c.word, c.name);
  }
});

test('a span over a composed character covers the whole original run', () => {
  const original = 'Sa\u0303o';
  const map = nfcOffsetMap(original);
  assert.equal(original.slice(map(0), map(3)), original);
});
