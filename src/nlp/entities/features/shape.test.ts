import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCapitalised, wordShape } from './shape.js';

test('wordShape', () => {
  const cases: [string, string][] = [
    ['Putin', 'Xx'], ['U.S.', 'X.X.'], ['McDonald', 'XxXx'], ['2023', 'd'], ['COVID-19', 'X-d'], ['Rodríguez', 'Xx'],
    ['said', 'x'], [',', ','], ['iPhone', 'xXx'],
  ];
  for (const [w, want] of cases) assert.equal(wordShape(w), want, w);
});

test('isCapitalised', () => {
  const cases: [string, boolean][] = [['Cuba', true], ['Élysée', true], ['cuba', false], ['2023', false], ['', false]];
  for (const [w, want] of cases) assert.equal(isCapitalised(w), want, w);
});
