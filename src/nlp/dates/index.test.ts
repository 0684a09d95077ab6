import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../create-doc.js';
import { createPipeline } from '../pipeline.js';
import { createDatesComponent } from './index.js';

test('dates component: assigns the dates layer with ids, spans and rules', async () => {
  const pipeline = createPipeline([await createDatesComponent()]);
  const text = 'Last August, the president ordered more troops. On Friday the ministry said it acted in 2022.';
  const doc = pipeline.run({ id: 'r', date: '2023-09-05', sources: [], text });
  const dates = doc.get('dates');
  assert.deepEqual(dates.map((d) => [d.id, d.text, d.when, d.precision, d.rule]), [
    ['d1', 'Last August', '2023-08', 'month', 'month-modifier'],
    ['d2', 'Friday', '2023-09-01', 'day', 'weekday'],
    ['d3', '2022', '2022', 'year', 'bare-year'],
  ]);
  for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
});

test('dates component: no report date → only absolute dates, plus unresolved diagnostics', async () => {
  const c = await createDatesComponent();
  const doc = createDoc({ id: 'r', date: null, sources: [], text: 'On Friday it said that in 2022 it acted.' });
  c.process(doc);
  assert.deepEqual(doc.get('dates').map((d) => d.when), ['2022']);
  assert.deepEqual(doc.diagnostics.map((d) => d.code), ['dates/unresolved']);
});
