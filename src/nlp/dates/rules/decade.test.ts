import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

test('decade: decades as year intervals', () => {
  const cases: Array<[string, string[]]> = [
    ['It was popular in the 1990s.', ['1990s=1990/1999']],
    ["Back in the 1960's, things were different.", ["1960's=1960/1969"]],
    ["the music of the '80s", ["'80s=1980/1989"]],
    ['cars from the 70s', ['70s=1970/1979']],
    ['by the early 2000s', ['2000s=2000/2009']],
    ['in the 20s', ['20s=2020/2029']],
  ];
  for (const [text, want] of cases) {
    const got = datesIn(text).filter((d) => d.rule === 'decade');
    assert.deepEqual(got.map((d) => `${d.text}=${d.when}`), want, text);
    for (const d of got) assert.equal(d.precision, 'decade');
  }
});

test('decade: not decades', () => {
  for (const text of ['He is in his 70s.', 'She scored 90s in every test.', 'It had 1990 seats.']) {
    assert.deepEqual(datesIn(text).filter((d) => d.rule === 'decade'), [], text);
  }
});
