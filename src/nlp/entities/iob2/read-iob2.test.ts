import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIob2, repairTags } from './read-iob2.js';
import { tagsToSpans } from './tag-spans.js';

test('parseIob2 reads the three layouts', () => {
  const cases: { name: string; input: string; docs: number; tokens: string[]; tags: string[]; text?: string }[] = [
    {
      name: 'two columns with doc and text lines (GUM)',
      input: '# doc = a\n# text = Cuba said.\nCuba\tB-LOC\nsaid\tO\n.\tO\n',
      docs: 1, tokens: ['Cuba', 'said', '.'], tags: ['B-LOC', 'O', 'O'], text: 'Cuba said.',
    },
    {
      name: 'five columns (UNER)',
      input: '# newdoc id = x\n# sent_id = x-1\n# text = in tampa bay\n1\tin\tO\t-\t-\n2\ttampa\tB-LOC\t-\ts\n3\tbay\tI-LOC\t-\ts\n',
      docs: 1, tokens: ['in', 'tampa', 'bay'], tags: ['O', 'B-LOC', 'I-LOC'], text: 'in tampa bay',
    },
    {
      name: 'no doc line falls back',
      input: 'Putin\tB-PER\n\n',
      docs: 1, tokens: ['Putin'], tags: ['B-PER'],
    },
    {
      name: 'a token that starts with # is not a comment',
      input: '#Cuba\tB-LOC\n',
      docs: 1, tokens: ['#Cuba'], tags: ['B-LOC'],
    },
  ];
  for (const c of cases) {
    const docs = parseIob2(c.input);
    assert.equal(docs.length, c.docs, c.name);
    const s = docs[0].sentences[0];
    assert.deepEqual(s.tokens, c.tokens, c.name);
    assert.deepEqual(s.tags, c.tags, c.name);
    assert.equal(s.text, c.text, c.name);
  }
});

test('two sentences and two docs', () => {
  const docs = parseIob2('# doc = a\nx\tO\n\ny\tO\n\n# doc = b\nz\tO\n');
  assert.deepEqual(docs.map((d) => [d.id, d.sentences.length]), [['a', 2], ['b', 1]]);
});

test('repairTags turns stray I- into B- and leaves valid runs alone', () => {
  const cases: [string[], string[]][] = [
    [['I-PER', 'I-PER'], ['B-PER', 'I-PER']],
    [['B-ORG', 'I-PER'], ['B-ORG', 'B-PER']],
    [['O', 'B-LOC', 'I-LOC', 'O'], ['O', 'B-LOC', 'I-LOC', 'O']],
    [['weird'], ['O']],
  ];
  for (const [input, want] of cases) assert.deepEqual(repairTags(input), want);
});

test('tagsToSpans', () => {
  const cases: [string[], { start: number; end: number; type: string }[]][] = [
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]],
    [['B-PER', 'B-PER'], [{ start: 0, end: 1, type: 'PER' }, { start: 1, end: 2, type: 'PER' }]],
    [['O', 'O'], []],
  ];
  for (const [tags, want] of cases) assert.deepEqual(tagsToSpans(tags), want);
});
