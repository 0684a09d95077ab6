import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf } from '../helpers-for-tests.js';

test('drop-non-names and split-run-ons: pronouns, dates and run-ons are not names', async () => {
  const cases: { text: string; notMention: string[] }[] = [
    { text: 'It said the network had been dismantled.', notMention: ['It'] },
    { text: 'Last August, the army grew.', notMention: ['Last August', 'August', 'Last'] },
    { text: 'On Monday, officials met.', notMention: ['Monday', 'On Monday'] },
    { text: 'They said that He would come.', notMention: ['They', 'He'] },
  ];
  for (const c of cases) {
    const { mentions } = await entitiesOf(c.text);
    for (const bad of c.notMention) assert.ok(!mentions.some((m) => m.text === bad), `${c.text}: ${bad}`);
  }
  const { mentions } = await entitiesOf('Leaders from France, Germany, Italy met.');
  assert.ok(mentions.every((m) => !m.text.includes(',')), 'no span runs across commas');
});

test('split-run-ons: an absurdly long span is not a name', async () => {
  const { mentions } = await entitiesOf(`${'Putin '.repeat(40)}spoke.`);
  assert.ok(mentions.every((m) => m.text.split(' ').length <= 12));
});
