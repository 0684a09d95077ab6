import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from '../test-helpers.js';

test('anaphoric: counted from the latest date the text states', () => {
  const cases: Array<[string, string[]]> = [
    ['He returned in 1920, marrying there that year.', ['1920=1920', 'that year=1920']],
    ['He taught in 1920 and, one year later, left.', ['1920=1920', 'one year later=1921']],
    ['She left in 1724. Two years later she came back.', ['1724=1724', 'Two years later=1726']],
    ['In 348 AD he died. The death of his heir later that year changed all.', ['348 AD=0348', 'later that year=0348']],
    ['It opened in March 1859. The following month it closed.', ['March 1859=1859-03', 'The following month=1859-04']],
    ['The flag was chosen in 2015; the year before it was debated.', ['2015=2015', 'the year before=2014']],
    ['They met in 2010. That same year they married.', ['2010=2010', 'That same year=2010']],
  ];
  for (const [text, want] of cases) assert.deepEqual(pairs(text), want, text);
});

test('anaphoric: nothing when no date was stated, and not a count before an event', () => {
  const cases: Array<[string, string[]]> = [
    ['That year was hard for everyone.', []],
    ['Two years later he came back.', []],
    ['In 2001 he left, two years after the war.', ['2001=2001']],
  ];
  for (const [text, want] of cases) assert.deepEqual(pairs(text), want, text);
});

test('years ago with number words chrono does not know', () => {
  assert.deepEqual(pairs('Seventeen years ago, this was impossible.', '2017-07-18'), ['Seventeen years ago=2000']);
  assert.deepEqual(pairs('Seventeen people came.', '2017-07-18'), []);
});
