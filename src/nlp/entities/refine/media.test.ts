import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, mentionOf } from '../helpers-for-tests.js';

test('media: outlets, agencies and platforms are MEDIA', async () => {
  const cases: { text: string; span: string; media: boolean }[] = [
    { text: 'A Russian newspaper, Ryazan Gazette, reported the story.', span: 'Ryazan Gazette', media: true },
    { text: 'The news was first reported by Reuters on Monday.', span: 'Reuters', media: true },
    { text: 'Officials told Al Jazeera that talks had stalled.', span: 'Al Jazeera', media: true },
    { text: 'He posted the statement on X late on Sunday.', span: 'X', media: true },
    { text: 'The Kyiv Post said the strike hit a school.', span: 'Kyiv Post', media: true },
    // Negatives: ambiguous names without a media cue, and ordinary organisations.
    { text: 'Time is running out for the negotiators.', span: 'Time', media: false },
    { text: 'Boeing said it would cut jobs.', span: 'Boeing', media: false },
  ];
  for (const c of cases) {
    const { mentions } = await entitiesOf(c.text);
    const m = mentionOf(mentions, c.span);
    assert.equal(m?.type === 'MEDIA', c.media, `${c.text} -> ${m?.type}`);
  }
});

test('formerly-known-as: one entity with an alias', async () => {
  const cases: { text: string; a: string; b: string; type: string }[] = [
    { text: 'She wrote on X, formerly known as Twitter, that it was over.', a: 'X', b: 'Twitter', type: 'MEDIA' },
    { text: 'The company Meta, formerly Facebook, denied it.', a: 'Meta', b: 'Facebook', type: 'MEDIA' },
  ];
  for (const c of cases) {
    const { mentions, index } = await entitiesOf(c.text);
    const a = mentionOf(mentions, c.a);
    const b = mentionOf(mentions, c.b);
    assert.ok(a && b, c.text);
    assert.equal(a.entity, b.entity, c.text);
    assert.ok(index.find((e) => e.id === a.entity)?.aliases.includes(c.b), c.text);
  }
  // Negative: a comma-separated list is not an alias.
  const { mentions } = await entitiesOf('Reuters, Bloomberg and AFP reported it.');
  const r = mentionOf(mentions, 'Reuters');
  const bl = mentionOf(mentions, 'Bloomberg');
  assert.notEqual(r?.entity, bl?.entity);
});
