import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Statement } from '../../model/annotations.js';
import { createDoc } from '../create-doc.js';
import { createDatesComponent } from '../dates/index.js';
import { createPipeline } from '../pipeline.js';
import { createEventsComponent } from './index.js';
import { eventsIn, mention } from './test-helpers.js';

const SEED_LIKE =
  'The Cuban foreign ministry says it has dismantled a trafficking ring. ' +
  'A newspaper, Ryazan Gazette, has since reported that Cubans had joined Russian combat forces. ' +
  'Recent relations have seen Cuba and Russia forging tighter trade ties.';

test('events: statements, the speaker\'s government, compound actors', () => {
  const events = eventsIn(SEED_LIKE, (doc) => {
    const ministry = mention(doc, 'Cuban foreign ministry', 'ORG', 'e1', { affiliation: 'Cuba' });
    const gazette = mention(doc, 'Ryazan Gazette', 'MEDIA', 'e2');
    const entities = [ministry, mention(doc, 'Cubans', 'NORP', 'e3', { affiliation: 'Cuba' }), gazette,
      mention(doc, 'Cuba', 'GPE', 'e4', {}, doc.text.indexOf('seen')), mention(doc, 'Russia', 'GPE', 'e5', {}, doc.text.indexOf('seen'))];
    const content = (from: string, to: string) => {
      const start = doc.text.indexOf(from);
      const end = doc.text.indexOf(to) + to.length;
      return { start, end, text: doc.text.slice(start, end) };
    };
    const st = (id: string, m: typeof ministry, c: ReturnType<typeof content>, sentence: number): Statement => ({
      id, speaker: { ...m, entity: m.entity, name: m.name }, cue: { start: 0, end: 0, text: '', lemma: 'say' }, content: [c],
      kind: 'indirect', polarity: 'assert', hedged: false, sentence, rule: 'test',
    });
    return {
      entities,
      statements: [st('st1', ministry, content('it has dismantled', 'ring'), 0), st('st2', gazette, content('Cubans had', 'forces'), 1)],
    };
  });
  const byType = Object.fromEntries(events.map((e) => [e.type, e]));
  assert.equal(byType.COERCE.statement, 'st1');
  assert.equal(byType.COERCE.actor?.entity, 'e1');
  assert.deepEqual(byType.COERCE.actor?.government, { name: 'Cuba', entity: 'e4' });
  assert.equal(byType.MOBILIZE.statement, 'st2');
  assert.equal(byType.MOBILIZE.actor?.entity, 'e3');
  assert.equal(byType.COOPERATE.statement, null);
  assert.deepEqual(byType.COOPERATE.actor?.members?.map((m) => m.name), ['Cuba', 'Russia']);
  for (const e of events) assert.deepEqual(e.date, { when: '2023-09-05', precision: 'day', dateId: null, inferred: true });
});

test('events component: runs with empty entity and statement layers, and without a report date', async () => {
  const dates = await createDatesComponent();
  const events = await createEventsComponent();
  const doc = createDoc({ id: 'r', date: null, sources: [], text: 'Police arrested two journalists on Friday.' });
  doc.set('entities', []);
  doc.set('entityIndex', []);
  doc.set('statements', []);
  dates.process(doc);
  events.process(doc);
  const [e] = doc.get('events');
  assert.equal(e.type, 'COERCE');
  assert.equal(e.actor?.entity, null);
  assert.deepEqual(e.date, { when: null, precision: null, dateId: null, inferred: true });
  assert.equal(e.id, 'ev1');
});

test('events component: declares what it needs', async () => {
  const events = await createEventsComponent();
  assert.throws(() => createPipeline([events]), /requires/);
});
