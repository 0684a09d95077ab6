import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const split = (text: string) => {
  const t = tokenize(text);
  return splitSentences(text, t).map((s) => text.slice(s.start, s.end));
};

describe('splitSentences', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'a closing curly quote after the period ends the sentence',
      text: 'He said it would “act against anyone who harms the country.” In this sense, the work goes on.',
      expected: ['He said it would “act against anyone who harms the country.”', 'In this sense, the work goes on.'],
    },
    {
      name: 'a question inside a quote followed by "asked" does not end it',
      text: '“Who gave the order?” asked the mayor. Nobody answered.',
      expected: ['“Who gave the order?” asked the mayor.', 'Nobody answered.'],
    },
    {
      name: 'abbreviations: Dept., U.S., Sept., No. 1',
      text: 'The U.S. Dept. of State said on Sept. 4 that the ship was No. 1 on its list. It gave no reason.',
      expected: ['The U.S. Dept. of State said on Sept. 4 that the ship was No. 1 on its list.', 'It gave no reason.'],
    },
    {
      name: 'titles and initials',
      text: 'Dr. Ana Costa met Gen. John F. Kennedy Jr. in Lisbon. They spoke for an hour.',
      expected: ['Dr. Ana Costa met Gen. John F. Kennedy Jr. in Lisbon.', 'They spoke for an hour.'],
    },
    {
      name: '"No." at the end of a sentence is not taken for a number abbreviation',
      text: 'Asked whether he would resign, he said no. The vote is on Friday.',
      expected: ['Asked whether he would resign, he said no.', 'The vote is on Friday.'],
    },
    {
      name: 'one sentence per line, as in the seed format',
      text: 'The ministry says it has dismantled a ring.\nIt said that “even some in Cuba” had been recruited.\nThere has not yet been a response from Russia.',
      expected: ['The ministry says it has dismantled a ring.', 'It said that “even some in Cuba” had been recruited.', 'There has not yet been a response from Russia.'],
    },
    {
      name: 'a line ending in a closing quote after the period',
      text: '“Cuba is not part of the war,” stressed the ministry, adding that it would “act against any country.”\nIn this sense, it said more.',
      expected: ['“Cuba is not part of the war,” stressed the ministry, adding that it would “act against any country.”', 'In this sense, it said more.'],
    },
    {
      name: 'an ellipsis inside a quote does not end the sentence',
      text: '“We will act against those who… engage in trafficking,” the statement reads. It was signed.',
      expected: ['“We will act against those who… engage in trafficking,” the statement reads.', 'It was signed.'],
    },
    {
      name: 'a blank line always ends a sentence, even without a period',
      text: 'Port closed after spill\n\nThe port was closed on Monday.',
      expected: ['Port closed after spill', 'The port was closed on Monday.'],
    },
    {
      name: 'decimals and amounts stay whole',
      text: 'The fine was €2.5 million. It was paid.',
      expected: ['The fine was €2.5 million.', 'It was paid.'],
    },
    {
      name: 'exclamation and question marks',
      text: 'Stop the ship! Where is the captain? Nobody knew.',
      expected: ['Stop the ship!', 'Where is the captain?', 'Nobody knew.'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(split(c.text), c.expected));

  it('gives exact offsets, so slicing reproduces the text', () => {
    const text = '  Hello “world”. Ação em São Paulo — 😀 ok.\n';
    const t = tokenize(text);
    for (let i = 0; i < t.count; i++) assert.notEqual(text.slice(t.start[i], t.end[i]).trim(), '');
    const s = splitSentences(text, t);
    assert.equal(text.slice(s[0].start, s[s.length - 1].end), text.trim());
  });

  it('returns nothing for empty text', () => assert.deepEqual(split(''), []));
});

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ['Marko Petrović said.', ['Marko', 'Petrović', 'said', '.']],
    ['Łukasz Żółć met Dvořák in Kraków.', ['Łukasz', 'Żółć', 'met', 'Dvořák', 'in', 'Kraków', '.']],
    ['Erdoğan and Nguyễn spoke.', ['Erdoğan', 'and', 'Nguyễn', 'spoke', '.']],
    ['“Putin” (Путин) left.', ['“', 'Putin', '”', '(', 'Путин', ')', 'left', '.']],
    ["Standard and Poor's 500 and Smith’s firm.", ['Standard', 'and', 'Poor', "'s", '500', 'and', 'Smith', '’s', 'firm', '.']],
  ];
  it('splits a possessive the same way every time, whatever wink has seen before', () => {
    const text = "Markets rose as the Dow Jones, Standard and Poor's 500 and Nasdaq gained.";
    const runs = [0, 1, 2].map(() => {
      const t = tokenize(text);
      return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i])).join('|');
    });
    assert.equal(new Set(runs).size, 1);
    assert.match(runs[0], /\|Poor\|'s\|500\|/);
  });

  for (const [text, expected] of cases) {
    it(`keeps words whole: ${text}`, () => {
      const t = tokenize(text);
      assert.deepEqual(Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i])), expected);
    });
  }
});
