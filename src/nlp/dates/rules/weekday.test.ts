import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesIn } from '../test-helpers.js';

// Reference Tuesday 2023-09-05.
test('weekday: past bias, modifiers, future tense', () => {
  const cases: Array<[string, string[]]> = [
    ['The ministry said on Friday that it had acted.', ['Friday=2023-09-01']],
    ['He spoke on Tuesday.', ['Tuesday=2023-09-05']],
    ['He spoke last Tuesday.', ['last Tuesday=2023-08-29']],
    ['Last Monday, troops moved.', ['Last Monday=2023-09-04']],
    ['The council will vote on Friday.', ['Friday=2023-09-08']],
    ['They meet next Monday.', ['next Monday=2023-09-11']],
    ["Sunday's vote was calm.", ["Sunday's=2023-09-03"]],
  ];
  for (const [text, want] of cases) {
    const got = datesIn(text).filter((d) => d.rule === 'weekday');
    assert.deepEqual(got.map((d) => `${d.text}=${d.when}`), want, text);
  }
});

test('weekday: a weekday inside a full date is left to chrono', () => {
  const got = datesIn('It happened on Friday, August 21, 2015.');
  assert.deepEqual(got.map((d) => `${d.text}=${d.when}=${d.rule}`), ['Friday, August 21, 2015=2015-08-21=chrono']);
});

test('weekday: no report date → no date, a diagnostic instead', () => {
  assert.deepEqual(datesIn('He spoke on Friday.', null), []);
});
