import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsIn, typesIn } from '../test-helpers.js';

test('control: an order to act is the ordered action, by the one who orders', () => {
  const [e] = eventsIn('Last August, President Vladimir Putin ordered the Russian military to increase its number of soldiers.');
  assert.equal(e.type, 'MOBILIZE');
  assert.equal(e.trigger.text, 'ordered the Russian military to increase its number of soldiers');
  assert.equal(e.actor?.text, 'President Vladimir Putin');
  assert.equal(e.target?.text, 'the Russian military');
  assert.equal(e.date.when, '2023-08');
  assert.equal(e.rule.startsWith('order-to:'), true);
});

test('control: agree/refuse/threaten keep their own type', () => {
  const cases: Array<[string, string[]]> = [
    ['Libya offered to release the prisoners.', ['AGREE offered']],
    ['The rebels refused to withdraw.', ['REJECT refused']],
    ['The army threatened to attack the town.', ['THREATEN threatened']],
    ['The general ordered his men.', ['REQUEST ordered']],
  ];
  for (const [text, want] of cases) assert.deepEqual(typesIn(text), want, text);
});

test('control: a vow to use force threatens, a preparation to attack mobilises', () => {
  const cases: Array<[string, string[]]> = [
    ['Ethnic Albanians have sworn to fight until they gain control.', ['THREATEN sworn to fight']],
    ['The army prepared to resume shelling the town.', ['MOBILIZE prepared to resume shelling']],
    // Not a commitment to conflict: the action keeps its type.
    ['The rebels began to fight in May.', ['ASSAULT fight']],
  ];
  for (const [text, want] of cases) assert.deepEqual(typesIn(text), want, text);
});
