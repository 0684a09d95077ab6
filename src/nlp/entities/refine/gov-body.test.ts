import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, mentionOf } from '../helpers-for-tests.js';

test('gov-body: demonym or country + government nominal is an ORG', async () => {
  const cases: { text: string; span: string | null; affiliation?: string }[] = [
    { text: 'The Cuban foreign ministry said it had acted.', span: 'Cuban foreign ministry', affiliation: 'Cuba' },
    { text: 'He ordered the Russian military to advance.', span: 'Russian military', affiliation: 'Russia' },
    { text: "Ukraine's defence ministry did not comment.", span: "Ukraine's defence ministry", affiliation: 'Ukraine' },
    { text: 'The French government resigned on Monday.', span: 'French government', affiliation: 'France' },
    // Negatives: no owner before the nominal, or an ordinary noun after the demonym.
    { text: 'The foreign ministry said it had acted.', span: null },
    { text: 'A Cuban doctor said it had acted.', span: null },
  ];
  for (const c of cases) {
    const { mentions } = await entitiesOf(c.text);
    const orgs = mentions.filter((m) => m.rule === 'gov-body');
    if (c.span === null) {
      assert.equal(orgs.length, 0, c.text);
      continue;
    }
    const m = mentionOf(mentions, c.span);
    assert.equal(m?.type, 'ORG', c.text);
    assert.equal(m?.affiliation, c.affiliation, c.text);
  }
});
