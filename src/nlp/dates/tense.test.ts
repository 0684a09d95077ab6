import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../create-doc.js';
import { isFutureAt, isHabitualAt } from './tense.js';
import { datesIn } from './test-helpers.js';

function at(text: string, word: string, f: typeof isFutureAt): boolean {
  const doc = createDoc({ id: 't', date: null, sources: [], text });
  let i = 0;
  while (i < doc.tokenCount && doc.token(i) !== word) i++;
  return f(doc, i);
}

test('isHabitualAt: the habitual present', () => {
  const yes: Array<[string, string]> = [
    ['The monsoon occurs in July.', 'July'],
    ['October is National Magic Month.', 'October'],
    ['In January, it is about 24°C.', 'January'],
    ['Between October and April, rooms can be severely limited.', 'April'],
  ];
  for (const [text, word] of yes) assert.equal(at(text, word, isHabitualAt), true, text);
  const no: Array<[string, string]> = [
    ['The broadcasts began on August 10.', 'August'],
    ['He was inducted in July.', 'July'],
    ['The vote will be held in May.', 'May'],
    ['We are meeting in March.', 'March'],
    ['It took until October to reach him.', 'October'],
  ];
  for (const [text, word] of no) assert.equal(at(text, word, isHabitualAt), false, text);
});

test('isFutureAt: "am/is/are going" is an arrangement to come', () => {
  assert.equal(at('I am going to Italy in November.', 'November', isFutureAt), true);
  assert.equal(at('He was going home in November.', 'November', isFutureAt), false);
});

test('habitual clauses give a recurring partial value; `when` keeps the report reading', () => {
  const cases: Array<[string, string[]]> = [
    ['The monsoon occurs in July.', ['July=2023-07 --07']],
    ['His feast day is 30 September.', ['30 September=2022-09-30 --09-30']],
    ['The monsoon came in July.', ['July=2023-07']],
    ['The museum is closed in 2023.', ['2023=2023']],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(datesIn(text).map((d) => `${d.text}=${d.when}${d.partial ? ` ${d.partial}` : ''}`), want, text);
  }
});
