import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, mentionOf } from '../helpers-for-tests.js';

test('places: countries and cities are GPE with canonical keys', async () => {
  const cases: { text: string; span: string; type: string; key?: string }[] = [
    { text: 'The U.S. imposed new sanctions.', span: 'U.S.', type: 'GPE', key: 'gpe:US' },
    { text: 'Officials in the United States disagreed.', span: 'United States', type: 'GPE', key: 'gpe:US' },
    { text: 'He flew from Havana to Moscow.', span: 'Havana', type: 'GPE' },
    { text: 'Fighting continued in Ukraine.', span: 'Ukraine', type: 'GPE', key: 'gpe:UA' },
    // Negative: a region is a LOC, not a GPE.
    { text: 'Tensions rose across the Middle East.', span: 'Middle East', type: 'LOC' },
  ];
  for (const c of cases) {
    const { mentions, index } = await entitiesOf(c.text);
    const m = mentionOf(mentions, c.span);
    assert.equal(m?.type, c.type, c.text);
    if (c.key) assert.equal(index.find((e) => e.id === m?.entity)?.key, c.key, c.text);
  }
  const { mentions } = await entitiesOf('The U.S. and the United States and America are one country.');
  const ids = new Set(['U.S.', 'United States', 'America'].map((s) => mentionOf(mentions, s)?.entity));
  assert.equal(ids.size, 1, 'U.S., United States and America resolve to one entity');
});

test('government: a place acting stands for its government', async () => {
  const cases: { text: string; span: string; gov: boolean }[] = [
    { text: 'Havana is acting against the network.', span: 'Havana', gov: true },
    { text: 'Russia said the claims were false.', span: 'Russia', gov: true },
    // Negatives: being, or a place after a preposition.
    { text: 'Cuba is a close ally of Russia.', span: 'Cuba', gov: false },
    { text: 'He lives in Havana with his family.', span: 'Havana', gov: false },
  ];
  for (const c of cases) {
    const { mentions } = await entitiesOf(c.text);
    assert.equal(mentionOf(mentions, c.span)?.government === true, c.gov, c.text);
  }
});
