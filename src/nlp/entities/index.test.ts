import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, mentionOf } from './helpers-for-tests.js';

// A report written for this test in the style of the seed (not the seed itself).
const TEXT = [
  'The Cuban foreign ministry says it has dismantled a network recruiting Cubans to fight for Russia in Ukraine.',
  'It said the operation was run from Russia and that it had informed the government of Cuba.',
  'Last August, President Vladimir Putin ordered the Russian military to recruit more soldiers.',
  'A Russian newspaper, Ryazan Gazette, reported that Cubans had joined the army in exchange for passports.',
  '"We are not part of the war," the ministry said, adding that Havana is acting against the network.',
  'Cuban Foreign Minister Bruno Rodríguez published the statement on X, formerly known as Twitter.',
  'Putin has not commented on the report in Ryazan Gazette.',
].join('\n');

test('seed-like report: people, roles and affiliations', async () => {
  const { mentions, index } = await entitiesOf(TEXT, ['BBC', 'EFE']);
  const bruno = mentionOf(mentions, 'Bruno Rodríguez');
  assert.equal(bruno?.type, 'PERSON');
  assert.equal(bruno?.role, 'Foreign Minister');
  assert.equal(bruno?.affiliation, 'Cuba');
  const putin = mentionOf(mentions, 'Vladimir Putin');
  assert.equal(putin?.type, 'PERSON');
  assert.equal(putin?.role, 'President');
  const shortPutin = mentionOf(mentions, 'Putin');
  assert.equal(shortPutin?.entity, putin?.entity, '"Putin" resolves to "Vladimir Putin"');
  const e = index.find((x) => x.id === putin?.entity);
  assert.equal(e?.name, 'Vladimir Putin');
  assert.ok(e?.aliases.includes('Putin'));
});

test('seed-like report: organisations, media and places', async () => {
  const { mentions, index } = await entitiesOf(TEXT, ['BBC', 'EFE']);
  const ministry = mentionOf(mentions, 'Cuban foreign ministry');
  assert.equal(ministry?.type, 'ORG');
  assert.equal(ministry?.affiliation, 'Cuba');
  assert.equal(mentionOf(mentions, 'Russian military')?.type, 'ORG');
  assert.equal(mentionOf(mentions, 'Ryazan Gazette')?.type, 'MEDIA');
  const x = mentionOf(mentions, 'X');
  const twitter = mentionOf(mentions, 'Twitter');
  assert.equal(x?.type, 'MEDIA');
  assert.equal(twitter?.entity, x?.entity, 'X and Twitter are one entity');
  assert.ok(index.find((r) => r.id === x?.entity)?.aliases.includes('Twitter'));
  for (const src of ['BBC', 'EFE']) assert.equal(index.find((r) => r.name === src)?.type, 'MEDIA', src);
  for (const [place, key] of [['Cuba', 'gpe:CU'], ['Russia', 'gpe:RU'], ['Ukraine', 'gpe:UA']]) {
    const m = mentionOf(mentions, place);
    assert.equal(m?.type, 'GPE', place);
    assert.equal(index.find((r) => r.id === m?.entity)?.key, key, place);
  }
  const havana = mentionOf(mentions, 'Havana');
  assert.equal(havana?.type, 'GPE');
  assert.equal(havana?.government, true, 'Havana is acting: the place stands for its government');
});

test('seed-like report: never PERSON', async () => {
  const { mentions } = await entitiesOf(TEXT);
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    assert.ok(!/^(It|Last August|August|Cubans?|We)$/.test(m.text), `${m.text} must not be PERSON`);
  }
  assert.equal(mentionOf(mentions, 'Cubans')?.type, 'NORP');
  assert.equal(mentionOf(mentions, 'Cubans')?.affiliation, 'Cuba');
  assert.equal(mentions.some((m) => m.text.includes('August')), false);
  assert.equal(mentions.some((m) => m.text === 'It'), false);
});

test('every mention points to an entity in the index', async () => {
  const { mentions, index } = await entitiesOf(TEXT, ['BBC']);
  const ids = new Set(index.map((e) => e.id));
  for (const m of mentions) {
    assert.ok(ids.has(m.entity), m.text);
    assert.equal(TEXT.slice(m.start, m.end), m.text);
    assert.ok(m.rule.length > 0);
    assert.ok(m.confidence >= 0 && m.confidence <= 1);
  }
});
