import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { chronoWindows, compactText, isNeutralWord, reportOffset } from './windows.js';

test('windows: neutral words are the ones chrono cannot read', () => {
  const cases: Array<[string, boolean]> = [
    ['government', true],
    ['people', true],
    ['Ministry', true],
    // Too short, a chrono word, or chrono's words run together.
    ['said', false],
    ['hours', false],
    ['within', false],
    ['lasts', false],
    ['pasty', false],
    ['theyre', true],
    ['tends', false],
    ['sandthe', false],
    // A trigger inside.
    ['dismay', false],
    ['Mayor', false],
    ['yesterday', false],
    ['weekend', false],
  ];
  for (const [word, want] of cases) assert.equal(isNeutralWord(word), want, word);
});

test('windows: only the stretches around triggers, cut at neutral words', () => {
  const text = 'The government said people gathered near the square. Officials expect voting on Friday, officials added.';
  const got = chronoWindows(text).map((w) => text.slice(w.start, w.end));
  assert.deepEqual(got, ['voting on Friday, officials']);
  assert.deepEqual(chronoWindows('Nothing happened here at all.'), []);
  const all = 'on Friday';
  assert.deepEqual(chronoWindows(all), [{ start: 0, end: all.length }]);
});

const parser = chrono.en.casual.clone();
const parse = (text: string) => parser.parse(text, { instant: new Date(Date.UTC(2023, 8, 5, 12)), timezone: 0 });

test('windows: chrono finds the same results in the windows as in the whole text', () => {
  const texts = [
    'Prices rose 76% to $1.13bn for the three months to December, from $639m a year earlier, officials said.',
    'The meeting lasts. Delegates ate a pasty in the second half, and they left in the S&P rally yesterday.',
    'Leaders arrived\n\nMay 2005 brought elections; the council met last week and again two years ago, somebody noted.',
    'Ministers agreed at 10am on 5 March 2004 - 7 March 2004 to review the scheme in a couple of days.',
    'Something else entirely, without any calendar words whatsoever, across several clauses here.',
  ];
  for (const text of texts) {
    const c = compactText(text, chronoWindows(text));
    const windowed = parse(c.text).map((r) => `${reportOffset(c, r.index)}:${r.text}`);
    assert.deepEqual(windowed, parse(text).map((r) => `${r.index}:${r.text}`), text);
  }
});
