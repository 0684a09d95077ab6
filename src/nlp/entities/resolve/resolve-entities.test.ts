import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initials, normaliseName } from './resolve-entities.js';
import { entitiesOf, mentionOf } from '../helpers-for-tests.js';

test('normaliseName and initials', () => {
  const norm: [string, string][] = [['the United Nations', 'united nations'], ["Russia's", 'russia'], ['  New   York ', 'new york']];
  for (const [a, b] of norm) assert.equal(normaliseName(a), b);
  const ini: [string, string][] = [['United Nations', 'UN'], ['Federal Bureau of Investigation', 'FBI'], ['World Health Organization', 'WHO']];
  for (const [a, b] of ini) assert.equal(initials(a), b);
});

test('in-report resolution', async () => {
  const cases: { text: string; same: [string, string][]; different?: [string, string][] }[] = [
    { text: 'Vladimir Putin spoke on Monday. Later, Putin left.', same: [['Vladimir Putin', 'Putin']] },
    { text: 'The United Nations said aid was blocked. The UN called for talks.', same: [['United Nations', 'UN']] },
    {
      text: 'Joe Biden met Hunter Biden. Later, Biden spoke.',
      same: [],
      different: [['Joe Biden', 'Hunter Biden']],
    },
  ];
  for (const c of cases) {
    const { mentions } = await entitiesOf(c.text);
    for (const [a, b] of c.same) assert.equal(mentionOf(mentions, a)?.entity, mentionOf(mentions, b)?.entity, `${c.text}: ${a} = ${b}`);
    for (const [a, b] of c.different ?? []) assert.notEqual(mentionOf(mentions, a)?.entity, mentionOf(mentions, b)?.entity, `${c.text}: ${a} != ${b}`);
  }
});

test('document consistency: a confident name tags its repeats', async () => {
  const { mentions } = await entitiesOf('Rodríguez Parrilla met the envoy in Havana. Parrilla later said the talks went well.');
  const full = mentionOf(mentions, 'Rodríguez Parrilla');
  const short = mentionOf(mentions, 'Parrilla');
  assert.equal(full?.type, 'PERSON');
  assert.equal(short?.type, 'PERSON');
  assert.equal(short?.entity, full?.entity);
});
