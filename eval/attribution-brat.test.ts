import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBratAttributions } from './attribution-brat.js';

// A made-up annotation in the PolNeAR layout (text: "Rain is coming, the forecaster said.").
const ANN = [
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T1\tSource 16 30\tthe forecaster',
  'T2\tCue 31 35\tsaid',
  'T3\tContent 0 4;5 14\tRain is coming',
  'T4\tAttribution 31 35\tsaid',
  '#1\tAnnotatorNotes T1\tnote',
  'E2\tAttribution-no-source:T6 Cue:T5',
  'T5\tCue 40 45\tcited',
  'T6\tAttribution 40 45\tcited',
  'a stray line of span text',
].join('\n');

test('parseBratAttributions', () => {
  const got = parseBratAttributions(ANN);
  assert.equal(got.length, 2);
  assert.deepEqual(got[0].source, [{ start: 16, end: 30 }]);
  assert.deepEqual(got[0].cue, [{ start: 31, end: 35 }]);
  assert.deepEqual(got[0].content, [{ start: 0, end: 4 }, { start: 5, end: 14 }]);
  assert.deepEqual(got[1].source, []);
  assert.deepEqual(got[1].content, []);
});
