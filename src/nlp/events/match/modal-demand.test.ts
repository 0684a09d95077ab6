import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsIn, mention } from '../test-helpers.js';

function demands(text: string): string[] {
  const names = (doc: Parameters<typeof mention>[0]) => ({ entities: text.includes('Red Cross') ? [mention(doc, 'Red Cross', 'ORG', 'e1')] : [] });
  return eventsIn(text, names).filter((e) => e.rule.startsWith('modal-demand')).map((e) => `${e.actor?.text ?? '-'}|${e.target?.text ?? '-'}|${e.trigger.text}`);
}

test('modal-demand: "X said that Y must ..." is X demanding of Y', () => {
  const cases: Array<[string, string[]]> = [
    ['Russia said on Tuesday that Sudan must return a helicopter.', ['Russia|Sudan|must return']],
    ['The forum concluded that the US should allocate more money.', ['The forum|the US|should allocate']],
    ['The Red Cross said US forces must ensure security.', ['The Red Cross|US forces|must ensure']],
  ];
  for (const [text, want] of cases) assert.deepEqual(demands(text), want, text);
});

test('modal-demand: not a demand', () => {
  const cases = [
    'Sudan must return the helicopter.',
    'Russia said Sudan must have returned the helicopter.',
    'Russia said Sudan will return the helicopter.',
  ];
  for (const text of cases) assert.deepEqual(demands(text), [], text);
});
