import assert from 'node:assert/strict';
import { it } from 'node:test';
import { StoreError } from '../store.js';
import { toTsQuery } from './pg-search-query.js';

it('turns the FTS5-style search syntax into tsquery expressions', () => {
  const cases: [string, string][] = [
    ['harbour', "'harbour'"],
    ['harbour Lisbon', "('harbour' & 'lisbon')"],
    ['  spaced   out ', "('spaced' & 'out')"],
    ['"Halden Star" AND captain', "(('halden' <-> 'star') & 'captain')"],
    ['fuel OR oil', "('fuel' | 'oil')"],
    ['a b OR c', "(('a' & 'b') | 'c')"],
    ['spill NOT oil', "'spill' & !'oil'"],
    ['NOT oil', "!'oil'"],
    ['evacuat*', "'evacuat':*"],
    ['(fuel OR oil) spill', "(('fuel' | 'oil') & 'spill')"],
    ['Setúbal', "'setúbal'"],
    ["O'Brien", "('o' <-> 'brien')"],
    ["it's — done", "(('it' <-> 's') & 'done')"],
    ["x' | !y & z:*", "('x' & 'y' & 'z':*)"],
  ];
  for (const [q, want] of cases) assert.equal(toTsQuery(q), want, q);
});

it('never lets tsquery syntax through from what users type', () => {
  const cases: [string, string][] = [
    ["'; DROP TABLE reports; --", "('drop' & 'table' & 'reports')"],
    ['a:* & b', "('a':* & 'b')"],
    ['!!x', "'x'"],
    ['a<->b', "('a' <-> 'b')"],
  ];
  for (const [q, want] of cases) {
    assert.equal(toTsQuery(q), want, q);
    assert.match(toTsQuery(q), /^[()'\p{L}\p{N} &|!<>:*-]+$/u, q);
  }
});

it('rejects bad syntax as search/bad-query', () => {
  for (const q of ['"unclosed', '   ', '', 'fuel OR', 'AND fuel', '(fuel', 'fuel)', '—', 'OR', '""']) {
    assert.throws(() => toTsQuery(q), (e: unknown) => e instanceof StoreError && e.code === 'search/bad-query', JSON.stringify(q));
  }
});
