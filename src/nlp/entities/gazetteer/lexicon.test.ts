import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexicon } from './lexicon.js';

test('createLexicon matches phrases case-aware, longest first', () => {
  const lex = createLexicon([
    { phrase: 'United States', label: 'country', data: 'US' },
    { phrase: 'US', label: 'country', data: 'US' },
    { phrase: 'U.S.', label: 'country', data: 'US' },
    { phrase: 'foreign ministry', label: 'govbody' },
    { phrase: 'New York', label: 'city' },
    { phrase: 'New York City', label: 'city' },
  ]);
  const cases: { words: string[]; want: string[] }[] = [
    { words: ['in', 'the', 'United', 'States'], want: ['United States'] },
    { words: ['the', 'US', 'said'], want: ['US'] },
    { words: ['the', 'U.S.', 'said'], want: ['U.S.'] },
    { words: ['New', 'York', 'City', 'hall'], want: ['New York City', 'New York'] },
    { words: ['the', 'foreign', 'ministry'], want: ['foreign ministry'] },
    { words: ['the', 'Foreign', 'Ministry'], want: ['foreign ministry'] },
    // Negatives: the pronoun "us", a lower-case "united states".
    { words: ['tell', 'us', 'now'], want: [] },
    { words: ['the', 'united', 'states'], want: [] },
  ];
  for (const c of cases) {
    const got = lex.matchAll(c.words, c.words.map((w) => w.toLowerCase())).map((m) => m.entry.phrase);
    assert.deepEqual(got, c.want, c.words.join(' '));
  }
});
