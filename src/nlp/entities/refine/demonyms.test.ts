import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, mentionOf } from '../helpers-for-tests.js';

test('demonyms: nationality words are NORP linked to their country', async () => {
  const cases: { text: string; word: string; affiliation: string | null }[] = [
    { text: 'Cubans living abroad were recruited.', word: 'Cubans', affiliation: 'Cuba' },
    { text: 'The offer of Russian citizenship was made.', word: 'Russian', affiliation: 'Russia' },
    { text: 'Several Ukrainians crossed the border.', word: 'Ukrainians', affiliation: 'Ukraine' },
    { text: 'British officials declined to comment.', word: 'British', affiliation: 'United Kingdom' },
    // Negative: a country name is not a demonym.
    { text: 'Cuba rejected the claim.', word: 'Cuba', affiliation: null },
  ];
  for (const c of cases) {
    const { mentions } = await entitiesOf(c.text);
    const m = mentionOf(mentions, c.word);
    if (c.affiliation === null) {
      assert.notEqual(m?.type, 'NORP', c.text);
      continue;
    }
    assert.equal(m?.type, 'NORP', c.text);
    assert.equal(m?.affiliation, c.affiliation, c.text);
  }
});
