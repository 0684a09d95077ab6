import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { UnknownKind } from '../../model/annotations.js';
import { makeDoc, withStatements, type MentionSpec } from '../statements/test-support/make-doc.js';
import { createUnknownsComponent } from './index.js';

interface Case {
  title: string;
  text: string;
  mentions?: MentionSpec[];
  /** Expected gaps in order; [] means none. */
  want: { kind: UnknownKind; subject: string | null; entity?: string | null; about: string; rule: string }[];
}

// Sentences written for these tests.
const cases: Case[] = [
  { title: 'did not specify who', text: 'The Peruvian navy did not specify who fired the shots.', want: [{ kind: 'unspecified-actor', subject: 'The Peruvian navy', about: 'who fired the shots', rule: 'not-specified' }] },
  { title: 'does not specify which people', text: 'The report does not specify which groups funded the campaign.', want: [{ kind: 'unspecified-actor', subject: 'The report', about: 'which groups funded the campaign', rule: 'not-specified' }] },
  { title: 'did not say how many', text: 'Police did not say how many people were arrested.', want: [{ kind: 'not-disclosed', subject: 'Police', about: 'how many people were arrested', rule: 'not-specified' }] },
  {
    title: 'there has not yet been a response from X',
    text: 'There has not yet been a response from Bolivia.',
    mentions: [{ text: 'Bolivia', type: 'GPE', entity: 'e1' }],
    want: [{ kind: 'no-response', subject: 'Bolivia', entity: 'e1', about: 'response from Bolivia', rule: 'no-response-from' }],
  },
  { title: 'X has not yet responded', text: 'The embassy has not yet responded.', want: [{ kind: 'no-response', subject: 'The embassy', about: 'a response', rule: 'not-responded' }] },
  { title: 'did not respond to a request for comment', text: 'The company did not respond to a request for comment.', want: [{ kind: 'no-response', subject: 'The company', about: 'a response', rule: 'not-responded' }] },
  { title: 'declined to comment', text: 'A spokesman declined to comment on the arrests.', want: [{ kind: 'declined-to-comment', subject: 'A spokesman', about: 'comment on the arrests', rule: 'declined-comment' }] },
  { title: 'it is not clear if', text: 'It is not clear if the two fires are linked.', want: [{ kind: 'unclear-link', subject: null, about: 'if the two fires are linked', rule: 'unclear' }] },
  { title: 'it is unclear who', text: 'It is unclear who ordered the strike.', want: [{ kind: 'unspecified-actor', subject: null, about: 'who ordered the strike', rule: 'unclear' }] },
  { title: 'could not be independently verified', text: 'The footage could not be independently verified.', want: [{ kind: 'unconfirmed', subject: 'The footage', about: 'independent confirmation', rule: 'unverified' }] },
  { title: 'did not disclose', text: 'The club did not disclose the fee.', want: [{ kind: 'not-disclosed', subject: 'The club', about: 'the fee', rule: 'not-disclosed' }] },
  { title: 'unnamed gunmen', text: 'Unidentified gunmen attacked the convoy.', want: [{ kind: 'unspecified-actor', subject: null, about: 'Unidentified gunmen', rule: 'unnamed-actor' }] },
  {
    title: '"it did not specify" takes the previous speaker',
    text: 'The Peruvian navy said two boats were seized. It did not specify who owned them.',
    mentions: [{ text: 'Peruvian navy', type: 'ORG', entity: 'e2' }],
    want: [{ kind: 'unspecified-actor', subject: 'Peruvian navy', entity: 'e2', about: 'who owned them', rule: 'not-specified' }],
  },
  {
    title: 'a company name whose last word the tagger reads as a verb',
    text: 'Nordvik Shipping has not yet responded to requests for comment.',
    mentions: [{ text: 'Nordvik', type: 'PERSON', entity: 'e3' }],
    want: [{ kind: 'no-response', subject: 'Nordvik Shipping', about: 'a response', rule: 'not-responded' }],
  },
  // Must NOT yield a gap.
  { title: 'not: a plain statement', text: 'The navy said it seized two boats.', want: [] },
  { title: 'not: it is clear', text: 'It is clear that the boats were seized.', want: [] },
  { title: 'not: the navy specified the owners', text: 'The navy specified who owned the boats.', want: [] },
  { title: 'not: responded quickly', text: 'The embassy responded quickly to the news.', want: [] },
];

test('unknowns rules', async (t) => {
  const unknowns = await createUnknownsComponent();
  for (const c of cases) {
    await t.test(c.title, async () => {
      const doc = await withStatements(makeDoc(c.text, c.mentions ?? []));
      unknowns.process(doc);
      const got = doc.get('unknowns');
      assert.equal(got.length, c.want.length, JSON.stringify(got));
      c.want.forEach((w, k) => {
        assert.equal(got[k].kind, w.kind);
        assert.equal(got[k].subject?.text ?? null, w.subject);
        if (w.entity !== undefined) assert.equal(got[k].subject?.entity ?? null, w.entity);
        assert.equal(got[k].about, w.about);
        assert.equal(got[k].rule, w.rule);
        assert.equal(doc.text.slice(got[k].start, got[k].end), got[k].text);
      });
    });
  }
});
