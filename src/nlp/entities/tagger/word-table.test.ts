import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docCaseCodes } from '../features/doc-case.js';
import { wordInfo } from '../features/templates.js';
import { BOUNDARY, createWordTable, detach } from './word-table.js';

function table() {
  const added: string[] = [];
  let resets = 0;
  const t = createWordTable({ grow() {}, reset: () => { resets++; }, add: (_id, w) => { added.push(w); return wordInfo(w); } });
  return { t, added, resets: () => resets };
}

test('word ids: one per distinct text, read from the text or given as strings', () => {
  const { t, added } = table();
  const text = 'Putin met putin and Putin';
  const start = Uint32Array.from([0, 6, 10, 16, 20]);
  const end = Uint32Array.from([5, 9, 15, 19, 25]);
  const wid = t.docIds(text, start, end, 5);
  assert.equal(wid[0], wid[4]);
  assert.notEqual(wid[0], wid[2]); // case matters
  assert.notEqual(wid[0], BOUNDARY);
  assert.deepEqual(added, ['Putin', 'met', 'putin', 'and']);
  assert.equal(t.idOf('putin'), wid[2]);
  assert.equal(t.text[wid[1]], 'met');
  assert.equal(t.lower[wid[0]], 'putin');
  assert.deepEqual([t.caps[wid[0]], t.caps[wid[2]], t.caps[BOUNDARY]], [1, 0, 0]);
  // Many words: the hash table and arrays grow and ids stay stable.
  const ids = Array.from({ length: 5000 }, (_, i) => t.idOf(`w${i}`));
  for (let i = 0; i < 5000; i += 97) assert.equal(t.idOf(`w${i}`), ids[i]);
  assert.equal(new Set(ids).size, 5000);
});

test('reserve drops the table only when it would overflow', () => {
  const { t, resets } = table();
  t.idOf('a');
  t.reserve(10);
  assert.equal(resets(), 0);
  t.reserve(200_000);
  assert.equal(resets(), 1);
  assert.equal(t.idOf('b'), 1);
});

test('document-case codes match docCaseCodes over the same sentences', () => {
  const { t } = table();
  const sentences = [
    ['Last', 'year', 'Putin', 'said', 'it', 'was', 'last', '.'],
    ['Putin', 'agreed', 'with', 'Officials', '.'],
    ['Officials', 'in', 'Ⅻ', 'Putin', 'City', 'said', 'so'],
    ['Nobody', 'knows'],
  ];
  const words = sentences.flat();
  const wid = Int32Array.from(words.map((w) => t.idOf(w)));
  let k = 0;
  const spans = sentences.map((s) => ({ tokenStart: k, tokenEnd: (k += s.length) }));
  const want = docCaseCodes(sentences);
  // Twice: stale marks from the first document must not leak into the second.
  for (let pass = 0; pass < 2; pass++) assert.deepEqual(Array.from(t.docCase(wid, spans)), want.flatMap((c) => Array.from(c)));
  // A one-sentence document sees no evidence from the others.
  const only = t.docCase(wid.subarray(0, 8), [spans[0]]);
  assert.deepEqual(Array.from(only), Array.from(docCaseCodes([sentences[0]])[0]));
});

test('detach: same text, whatever its length', () => {
  const text = 'A long report about Kalimbrastationwestwardly and more.';
  const cases = [text.slice(20, 45), text.slice(0, 1), text.slice(2, 6), '', text];
  for (const s of cases) assert.equal(detach(s), s);
});
