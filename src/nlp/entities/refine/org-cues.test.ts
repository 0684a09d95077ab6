import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOf, mentionOf } from '../helpers-for-tests.js';

test('org-cues: company suffixes and known organisations are ORG', async () => {
  const cases: { text: string; span: string; type: string }[] = [
    { text: 'Shares in Daimler AG fell on Monday.', span: 'Daimler AG', type: 'ORG' },
    { text: 'The deal with Acme Widgets Inc. was signed.', span: 'Acme Widgets Inc.', type: 'ORG' },
    { text: 'Boeing said deliveries would resume.', span: 'Boeing', type: 'ORG' },
    // Negative: a person named in the report keeps the surname a PERSON.
    { text: 'President Gerald Ford spoke. Later, Ford left the hall.', span: 'Gerald Ford', type: 'PERSON' },
  ];
  for (const c of cases) {
    const { mentions } = await entitiesOf(c.text);
    assert.equal(mentionOf(mentions, c.span)?.type, c.type, c.text);
  }
});
