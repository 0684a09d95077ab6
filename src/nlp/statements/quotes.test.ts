import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, quoteIndexAt } from './quotes.js';

const cases: { name: string; text: string; want: string[]; closed?: boolean[] }[] = [
  { name: 'curly', text: 'He said “we will win” today.', want: ['“we will win”'] },
  { name: 'straight', text: 'She said "no" and "yes".', want: ['"no"', '"yes"'] },
  { name: 'doubled apostrophes', text: "He said, ''I don't know.''", want: ["''I don't know.''"] },
  { name: 'apostrophes are not quotes', text: "It's Clinton's plan.", want: [] },
  { name: 'unclosed at paragraph end', text: '“First part.\n\n“Second part.”', want: ['“First part.', '“Second part.”'], closed: [false, true] },
];

test('findQuotes', async (t) => {
  for (const c of cases) {
    await t.test(c.name, () => {
      const qs = findQuotes(c.text);
      assert.deepEqual(qs.map((q) => c.text.slice(q.start, q.end)), c.want);
      if (c.closed) assert.deepEqual(qs.map((q) => q.closed), c.closed);
    });
  }
});

test('continuations are linked', () => {
  const qs = findQuotes('“One.\n\n“Two.”');
  assert.equal(qs[0].next, 1);
  assert.equal(qs[1].next, null);
});

test('quoteIndexAt', () => {
  const text = 'a “b” c “d” e';
  const qs = findQuotes(text);
  assert.equal(quoteIndexAt(qs, text.indexOf('b')), 0);
  assert.equal(quoteIndexAt(qs, text.indexOf('d')), 1);
  assert.equal(quoteIndexAt(qs, text.indexOf('c')), -1);
});
