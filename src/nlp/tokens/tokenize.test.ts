import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from './tokenize.js';
import { setWinkRenewal } from './wink.js';

const texts = [
  'The ministry said it was acting. Troops were seen crossing the borders.',
  "Standard and Poor's 500 rose while the field's value fell.",
  'Łukasz Żółć met Dvořák in Kraków, where officials can’t say more.',
  '',
];

const snapshot = (text: string) => {
  const t = tokenize(text);
  const rows: string[] = [];
  for (let i = 0; i < t.count; i++) rows.push(`${t.start[i]}-${t.end[i]}:${t.pos[i]}`);
  return { rows, lemma: t.lemma };
};

describe('tokenize: a renewed wink instance', () => {
  it('gives the same tokens, tags and lemmas as a long-lived one', () => {
    const before = texts.map(snapshot);
    setWinkRenewal(1);
    try {
      const after = texts.map(snapshot);
      assert.deepEqual(after, before);
    } finally {
      setWinkRenewal();
    }
  });
});
