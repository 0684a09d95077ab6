import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from '../test-helpers.js';

test('historical-year: years below 1000 where the text dates by era', () => {
  const cases: Array<[string, string[]]> = [
    ['Theodorus (c. 314 – 368) was a monk. He joined around 328.', ['314=0314', '368=0368', '328=0328']],
    ['He was born around 347 AD. In 348 Pachomius died.', ['347 AD=0347', '348=0348']],
    ['He was born c. 347 and died on 30 September 420.', ['347=0347', '30 September 420=0420-09-30']],
    ['Damasus (c. 305) died in December of 384.', ['305=0305', 'December of 384=0384-12']],
    ['The Romans founded the city in the year 71.', ['the year 71=0071']],
  ];
  for (const [text, want] of cases) assert.deepEqual(pairs(text), want, text);
});

test('historical-year: counts and modern texts keep their numbers', () => {
  const cases: Array<[string, string[]]> = [
    ['In 348 cases the court agreed.', []],
    ['About 360 people were evacuated in 2019.', ['2019=2019']],
    ['He was born around 347 AD. About 360 people followed him.', ['347 AD=0347']],
    ['Prices rose to 420 in March.', ['March=2023-03']],
    ['He was born in 347 AD (see pp. 120-130).', ['347 AD=0347']],
  ];
  for (const [text, want] of cases) assert.deepEqual(pairs(text), want, text);
});
