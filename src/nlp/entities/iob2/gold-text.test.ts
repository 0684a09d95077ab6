import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignToText, goldDocText } from './gold-text.js';

test('alignToText', () => {
  const cases: { tokens: string[]; text: string; want: number[] | null }[] = [
    { tokens: ['Korea', "'s", 'army'], text: "Korea's army", want: [0, 5, 8] },
    { tokens: ['a', 'b'], text: 'a  b', want: [0, 3] },
    { tokens: ['a', 'c'], text: 'a b c', want: null }, // would skip real text
    { tokens: ['x'], text: 'y', want: null },
  ];
  for (const c of cases) {
    const got = alignToText(c.tokens, c.text);
    assert.deepEqual(got ? got.starts : null, c.want, c.text);
  }
});

test('goldDocText uses # text when it aligns, else joins tokens', () => {
  const g = goldDocText({
    id: 'd',
    sentences: [
      { tokens: ['Korea', "'s", 'army'], tags: ['B-LOC', 'O', 'O'], text: "Korea's army" },
      { tokens: ['Vladimir', 'Putin', 'spoke'], tags: ['B-PER', 'I-PER', 'O'] },
    ],
  });
  assert.equal(g.text, "Korea's army\n\nVladimir Putin spoke");
  assert.deepEqual(g.entities.map((e) => [g.text.slice(e.start, e.end), e.type]), [['Korea', 'LOC'], ['Vladimir Putin', 'PER']]);
});
