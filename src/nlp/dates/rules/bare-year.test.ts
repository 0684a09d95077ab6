import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

test('bare-year: years standing alone', () => {
  const cases: Array<[string, string[]]> = [
    ['Prices rose in 2022.', ['2022=2022']],
    ['It has been at war since 2014.', ['2014=2014']],
    ['as shown by Brieber 2014; Binderman et al., 2005', ['2014=2014', '2005=2005']],
    ["2003's harvest was poor.", ['2003=2003']],
    ['The 2014 elections were close.', ['2014=2014']],
    ['between 2010 and 2012', ['2010=2010', '2012=2012']],
    ['By mid-2020 the plan had failed.', ['2020=2020']],
  ];
  for (const [text, want] of cases) {
    const got = datesIn(text).filter((d) => d.rule === 'bare-year').map((d) => `${d.text}=${d.when}`);
    assert.deepEqual(got, want, text);
  }
});

test('bare-year: numbers that are not years', () => {
  const cases = [
    'Some 2,000 soldiers were sent.',
    'Russia sent 2000 troops.',
    'Under Article 1999 of the code.',
    'Flight 1549 landed on the river.',
    'The attack began at 1930 GMT.',
    'It costs $2014 a month.',
    'A rise of 1500 percent.',
    'They counted 1200 people.',
    'Call 555-2014-000 now.',
    'The score was 2014.5 points.',
    'Article 5 applies.',
    'It continues a 2000 year old tradition.',
  ];
  for (const text of cases) {
    assert.deepEqual(datesIn(text).filter((d) => d.rule === 'bare-year'), [], text);
  }
});
