import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../create-doc.js';
import { cueMask, sentenceCues, type DateCue } from './cues.js';
import { createDateRules, findDates } from './find-dates.js';
import { REF } from './test-helpers.js';

const ALL: DateCue[] = ['digit', 'month', 'weekday', 'quarter', 'period', 'day'];

test('cues: found per sentence, in any case; none in a sentence without them', () => {
  const cases: Array<[string, DateCue[]]> = [
    ['Prices rose in 2022.', ['digit']],
    ['They met in MARCH.', ['month']],
    ['On friday it rained.', ['weekday', 'day']],
    ['Fourth-quarter sales fell.', ['quarter']],
    ['That same season was wet.', ['period']],
    ['It marked D-Day.', ['day']],
    ['Nothing here names a time.', []],
  ];
  for (const [text, want] of cases) {
    const [mask] = sentenceCues(createDoc({ id: 't', date: REF, sources: [], text }));
    assert.deepEqual(ALL.filter((c) => (mask & cueMask([c])) !== 0), want, text);
  }
});

test('cues: a cue split by a sentence end belongs to neither sentence', () => {
  const doc = createDoc({ id: 't', date: REF, sources: [], text: 'He said no. More came.' });
  assert.deepEqual([...sentenceCues(doc)], [0, 0]);
});

test('cues: skipping rules by cue gives what running every rule gives', () => {
  const gated = createDateRules();
  const ungated = gated.map((r) => ({ ...r, cues: undefined }));
  const texts = [
    'Last August, the president ordered more troops. On Friday the ministry said it acted in 2022.',
    'He died in 347 AD. In the 1990s, Q3 2023 and the third quarter of next year it grew; that year it fell.',
    'Seventeen years ago, after 9/11 and D-Day, the flag was chosen in 2015; the year before it was debated.',
    'The monsoon occurs in July. Two years later he moved. June this year was hot; next Thursday is a holiday.',
    'c. 347 – 420 he lived. In 348 he wrote. Nothing else here.',
  ];
  for (const text of texts) {
    const run = (rules: typeof gated) => findDates(createDoc({ id: 't', date: REF, sources: [], text }), rules);
    assert.deepEqual(run(gated), run(ungated), text);
  }
});
