import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

test('era-year: AD/BC years', () => {
  const cases: Array<[string, string[]]> = [
    ['He died in 347 AD.', ['347 AD=0347']],
    ['The city was founded in AD 43.', ['AD 43=0043']],
    ['Settled around 3000 BC.', ['3000 BC=-3000']],
    ['From 44 B.C. onwards.', ['44 B.C.=-0044']],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(datesIn(text).filter((d) => d.rule === 'era-year').map((d) => `${d.text}=${d.when}`), want, text);
  }
});

test('era-year: not an era', () => {
  for (const text of ['He bought 3 ADs on TV.', 'Visit AD Systems.', 'The BC Lions won 24-7.']) {
    assert.deepEqual(datesIn(text).filter((d) => d.rule === 'era-year'), [], text);
  }
});
