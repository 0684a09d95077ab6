import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, mentionOf } from '../helpers-for-tests.js';

test('split-roles: titles leave the name and become the role', async () => {
  const cases: { text: string; name: string; role?: string; affiliation?: string }[] = [
    { text: 'Cuban Foreign Minister Bruno Rodríguez spoke on Monday.', name: 'Bruno Rodríguez', role: 'Foreign Minister', affiliation: 'Cuba' },
    { text: 'The decree was signed by President Vladimir Putin in Moscow.', name: 'Vladimir Putin', role: 'President' },
    { text: 'German Chancellor Olaf Scholz arrived in Paris on Tuesday.', name: 'Olaf Scholz', role: 'Chancellor', affiliation: 'Germany' },
    { text: 'Prime Minister Rishi Sunak said the talks would continue.', name: 'Rishi Sunak', role: 'Prime Minister' },
    // Negative: an honorific is cut from the name but is not a role.
    { text: 'Mr Johnson told reporters that he would stay.', name: 'Johnson', role: undefined },
    // Negative: no title, nothing to split.
    { text: 'Angela Merkel met the delegation in Berlin.', name: 'Angela Merkel', role: undefined },
  ];
  for (const c of cases) {
    const { mentions } = await entitiesOf(c.text);
    const m = mentionOf(mentions, c.name);
    assert.equal(m?.type, 'PERSON', c.text);
    assert.equal(m?.role ?? undefined, c.role, c.text);
    if (c.affiliation) assert.equal(m?.affiliation, c.affiliation, c.text);
  }
});
