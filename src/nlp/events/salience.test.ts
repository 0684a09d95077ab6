import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsIn } from './test-helpers.js';

function mains(text: string): string[] {
  return eventsIn(text).filter((e) => e.main).map((e) => `${e.type} ${e.trigger.text}`);
}

test('salience: the main clause\'s events are main', () => {
  const cases: Array<[string, string[]]> = [
    ['Iran threatened to attack unless Baghdad accepted its conditions.', ['THREATEN threatened']],
    ['Israel mounted its long-threatened invasion of Lebanon.', ['ASSAULT invasion']],
    ['Rebels dismissed an appeal, saying they had lost all trust.', ['REJECT dismissed an appeal']],
    ['Police arrested the men who attacked the station.', ['COERCE arrested']],
    ['After the talks collapsed, the army shelled the town.', ['ASSAULT shelled']],
  ];
  for (const [text, want] of cases) assert.deepEqual(mains(text), want, text);
});

test('salience: reported content stays main', () => {
  assert.deepEqual(mains('Officials said that police arrested two men.'), ['COERCE arrested']);
  assert.deepEqual(mains('A newspaper has since reported that Cubans had joined Russian combat forces.'), ['MOBILIZE joined Russian combat forces']);
});
