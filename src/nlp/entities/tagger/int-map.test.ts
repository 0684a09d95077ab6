import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntMap, VectorPool } from './int-map.js';

test('IntMap stores, overwrites, grows and clears', () => {
  const m = new IntMap(4);
  const cases: [number, number][] = [[0, 5], [1, -1], [4096, 7], [2 ** 31 - 1, 9], [12 * 4096 + 3, 0]];
  for (const [k, v] of cases) m.set(k, v);
  for (const [k, v] of cases) assert.equal(m.get(k), v, String(k));
  // Negative: absent keys answer -1, including neighbours of present ones.
  for (const k of [2, 4095, 4097, 12 * 4096 + 4]) assert.equal(m.get(k), -1, String(k));
  m.set(4096, 8);
  assert.equal(m.get(4096), 8);
  assert.equal(m.size, cases.length);
  for (let k = 0; k < 10_000; k++) m.set(k * 4096, k);
  for (let k = 0; k < 10_000; k += 333) assert.equal(m.get(k * 4096), k);
  m.clear();
  assert.equal(m.get(4096), -1);
  assert.equal(m.size, 0);
});

test('VectorPool hands out zeroed vectors and keeps them when it grows', () => {
  const p = new VectorPool(3, 1);
  const a = p.alloc();
  p.data[a + 2] = 1.5;
  const b = p.alloc();
  assert.deepEqual(Array.from(p.data.subarray(b, b + 3)), [0, 0, 0]);
  assert.equal(p.data[a + 2], 1.5);
  p.clear();
  const c = p.alloc();
  assert.equal(c, a);
  assert.deepEqual(Array.from(p.data.subarray(c, c + 3)), [0, 0, 0]);
});
