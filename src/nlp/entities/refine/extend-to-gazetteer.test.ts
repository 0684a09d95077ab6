import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Draft, RefineContext } from '../draft.js';
import type { LexiconMatch } from '../gazetteer/lexicon.js';
import { extendToGazetteer } from './extend-to-gazetteer.js';

function run(words: string[], drafts: Draft[], matches: LexiconMatch[]): Draft[] {
  return extendToGazetteer(drafts, { words, matches } as unknown as RefineContext);
}
const draft = (first: number, end: number): Draft => ({ first, end, type: 'ORG', confidence: 0.7, rule: 'tagger' });
const match = (start: number, end: number, label = 'org'): LexiconMatch => ({ start, end, entry: { phrase: 'x', label } });

test('extend-to-gazetteer', () => {
  const cases: { name: string; words: string[]; drafts: Draft[]; matches: LexiconMatch[]; want: [number, number][] }[] = [
    { name: 'grows to the known name', words: ['The', 'United', 'Nations', 'said'], drafts: [draft(2, 3)], matches: [match(1, 3)], want: [[1, 3]] },
    { name: 'lower-case match words: no growth', words: ['the', 'foreign', 'ministry'], drafts: [draft(2, 3)], matches: [match(1, 3, 'org')], want: [[2, 3]] },
    { name: 'two drafts inside: left alone', words: ['New', 'York', 'City'], drafts: [draft(0, 1), draft(2, 3)], matches: [match(0, 3, 'city')], want: [[0, 1], [2, 3]] },
    { name: 'a draft crossing the match: left alone', words: ['A', 'United', 'Nations', 'B'], drafts: [draft(2, 4)], matches: [match(1, 3)], want: [[2, 4]] },
    { name: 'wrong label: left alone', words: ['Cuban', 'Americans'], drafts: [draft(1, 2)], matches: [match(0, 2, 'demonym')], want: [[1, 2]] },
  ];
  for (const c of cases) assert.deepEqual(run(c.words, c.drafts, c.matches).map((d) => [d.first, d.end]), c.want, c.name);
});
