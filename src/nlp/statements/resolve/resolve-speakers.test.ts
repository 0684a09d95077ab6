import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc, withStatements, type MentionSpec } from '../test-support/make-doc.js';

interface Case {
  title: string;
  text: string;
  mentions: MentionSpec[];
  /** The cue whose speaker is checked, and the expected entity id, name and deciding rule. */
  cue: string;
  entity: string | null;
  name: string | null;
  resolvedBy: string;
}

// Reports written for these tests; entity layers come from the table, not the tagger.
const MINISTRY: MentionSpec = { text: 'Chilean interior ministry', type: 'ORG', entity: 'e1', name: 'Chilean interior ministry' };
const cases: Case[] = [
  {
    title: 'a name resolves through its mention',
    text: 'The Chilean interior ministry said the border was closed.',
    mentions: [MINISTRY],
    cue: 'said',
    entity: 'e1',
    name: 'Chilean interior ministry',
    resolvedBy: 'mention',
  },
  {
    title: '"It said" → the previous speaker',
    text: 'The Chilean interior ministry says the border is closed. It said that trucks were waiting.',
    mentions: [MINISTRY],
    cue: 'said',
    entity: 'e1',
    name: 'Chilean interior ministry',
    resolvedBy: 'pronoun-previous-speaker',
  },
  {
    title: '"she" skips an organisation speaker and takes the latest person',
    text: 'The Chilean interior ministry says the border is closed. Minister Ana Soto visited the crossing. She said trucks were waiting.',
    mentions: [MINISTRY, { text: 'Ana Soto', type: 'PERSON', entity: 'e2' }],
    cue: 'said',
    entity: 'e2',
    name: 'Ana Soto',
    resolvedBy: 'pronoun-recency',
  },
  {
    title: '"the ministry" → the fuller earlier mention',
    text: 'The Chilean interior ministry says the border is closed. Trucks waited for hours. The ministry added that the road would reopen.',
    mentions: [MINISTRY],
    cue: 'added',
    entity: 'e1',
    name: 'Chilean interior ministry',
    resolvedBy: 'nominal-previous-speaker',
  },
  {
    title: '"the newspaper" → the latest MEDIA mention',
    text: 'El Diario published a list of names. The newspaper said the list was incomplete.',
    mentions: [{ text: 'El Diario', type: 'MEDIA', entity: 'e3' }],
    cue: 'said',
    entity: 'e3',
    name: 'El Diario',
    resolvedBy: 'nominal-type',
  },
  {
    title: '"the statement reads" → the author of the statement',
    text: 'The Chilean interior ministry issued a statement on Monday. “The border stays closed,” the statement reads.',
    mentions: [MINISTRY],
    cue: 'reads',
    entity: 'e1',
    name: 'Chilean interior ministry',
    resolvedBy: 'document-issuer',
  },
  {
    title: '"it states" → the author named in the document phrase',
    text: 'El Diario reported a deal. While the Chilean interior ministry statement is short, it states that “the border stays closed”.',
    mentions: [{ text: 'El Diario', type: 'MEDIA', entity: 'e3' }, MINISTRY],
    cue: 'states',
    entity: 'e1',
    name: 'Chilean interior ministry',
    resolvedBy: 'document-pronoun',
  },
  {
    title: 'without entities, a pronoun still takes the previous speaker by name',
    text: 'The harbour authority says the port is closed. It said ferries were cancelled.',
    mentions: [],
    cue: 'said',
    entity: null,
    name: 'harbour authority',
    resolvedBy: 'pronoun-previous-speaker',
  },
  {
    title: 'a relative pronoun takes its antecedent',
    text: 'Maria Lopez, who runs the clinic, said the beds were full.',
    mentions: [{ text: 'Maria Lopez', type: 'PERSON', entity: 'e4' }],
    cue: 'said',
    entity: 'e4',
    name: 'Maria Lopez',
    resolvedBy: 'mention',
  },
  {
    title: '"the company" → a business name, not a place the tagger called an organisation',
    text: 'Harlow Shipping owns the ship. It ran aground off Brenna on Sunday. The company denied that the captain ignored warnings.',
    mentions: [{ text: 'Harlow Shipping', type: 'PERSON', entity: 'e5' }, { text: 'Brenna', type: 'ORG', entity: 'e6' }],
    cue: 'denied',
    entity: 'e5',
    name: 'Harlow Shipping',
    resolvedBy: 'nominal-org-name',
  },
  {
    title: '"the company" skips a name the report also uses for a place',
    text: 'Crews reached Brenna on Monday. The port of Brenna was closed. The company said the cargo was safe.',
    mentions: [{ text: 'Brenna', type: 'ORG', entity: 'e6' }, { text: 'Brenna', type: 'LOC', entity: 'e7', nth: 1 }],
    cue: 'said',
    entity: null,
    name: 'company',
    resolvedBy: 'text',
  },
  {
    title: 'the name that ends the speaker phrase wins over an earlier name in it',
    text: '“The sea is calm,” Coast Authority spokesman Rui Lobo told reporters.',
    mentions: [{ text: 'Coast Authority', type: 'ORG', entity: 'e8' }, { text: 'Rui Lobo', type: 'PERSON', entity: 'e9' }],
    cue: 'told',
    entity: 'e9',
    name: 'Rui Lobo',
    resolvedBy: 'mention',
  },
  {
    title: 'a name inside a modifier is not the speaker',
    text: 'Two workers at the port of Brenna said the tanks were damaged.',
    mentions: [{ text: 'Brenna', type: 'LOC', entity: 'e7' }],
    cue: 'said',
    entity: null,
    name: 'Two workers at the port of Brenna',
    resolvedBy: 'text',
  },
];

test('speaker resolution', async (t) => {
  for (const c of cases) {
    await t.test(c.title, async () => {
      const doc = await withStatements(makeDoc(c.text, c.mentions));
      const st = doc.get('statements').filter((s) => s.cue.text === c.cue).pop();
      assert.ok(st?.speaker, `no statement with cue ${c.cue}: ${JSON.stringify(doc.get('statements'))}`);
      assert.equal(st.speaker.entity, c.entity);
      assert.equal(st.speaker.name, c.name);
      assert.equal(st.speaker.resolvedBy, c.resolvedBy);
    });
  }
});
