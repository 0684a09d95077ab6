import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText, matchesTerms, queryTerms } from './queries-text.js';

describe('query terms', () => {
  const cases: [string, string[]][] = [
    ['fuel spill', ['fuel', 'spill']],
    ['"Halden Star" AND capt*', ['halden', 'star', 'capt']],
    ['Setúbal OR NOT x', ['setubal', 'x']],
    ['  ', []],
    ['AND OR', []],
  ];
  for (const [q, want] of cases) it(`terms of ${JSON.stringify(q)}`, () => assert.deepEqual(queryTerms(q), want));
});

describe('term matching', () => {
  const cases: [string, string[], boolean][] = [
    ['The captain was detained', ['capt'], true],
    ['It moved to Setúbal', ['setubal'], true],
    ['Fishermen protested', ['fuel', 'fish'], true],
    ['The recapture failed', ['capt'], false],
    ['No match here', ['fuel'], false],
    ['anything', [], false],
  ];
  for (const [text, terms, want] of cases) it(`${JSON.stringify(text)} ~ ${terms.join(',')}`, () => assert.equal(matchesTerms(text, terms), want));
  it('folds accents and case', () => assert.equal(foldText('JOÃO Ferreira'), 'joao ferreira'));
});
