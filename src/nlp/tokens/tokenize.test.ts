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

describe('tokenize: lemmas', () => {
  const cases: { text: string; token: string; lemma: string }[] = [
    { text: 'The ministry said it was acting.', token: 'said', lemma: 'say' },
    { text: 'Troops were seen crossing the borders.', token: 'borders', lemma: 'border' },
    { text: 'The troops were seen.', token: 'troops', lemma: 'troop' },
    // A split possessive is its own lemma, lower-cased; so is the word before it.
    { text: "Standard and Poor's 500 rose.", token: "'s", lemma: "'s" },
    { text: "Standard and Poor's 500 rose.", token: 'Poor', lemma: 'poor' },
    // Negative: a proper name is not lemmatised into something else.
    { text: 'Havana is acting.', token: 'Havana', lemma: 'havana' },
  ];
  for (const c of cases) {
    it(`${c.token} -> ${c.lemma}`, () => {
      const t = tokenize(c.text);
      const i = Array.from({ length: t.count }, (_, k) => c.text.slice(t.start[k], t.end[k])).indexOf(c.token);
      assert.ok(i >= 0);
      assert.equal(t.lemmaOf?.(i), c.lemma);
      assert.equal(t.lemma[i], c.lemma);
    });
  }

  it('one token at a time gives what the whole-document array gives, in any order', () => {
    for (const text of texts) {
      const whole = tokenize(text).lemma;
      const t = tokenize(text);
      const one = Array.from({ length: t.count }, (_, k) => t.count - 1 - k).map((k) => [k, t.lemmaOf!(k)] as const);
      for (const [k, l] of one) assert.equal(l, whole[k]);
    }
  });
});

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
