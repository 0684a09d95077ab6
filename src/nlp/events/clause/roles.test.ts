import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsIn } from '../test-helpers.js';

function roles(text: string): string[] {
  return eventsIn(text).map((e) => `${e.type}|${e.actor?.text ?? '-'}|${e.target?.text ?? '-'}`);
}

test('roles: subject, object, passive, prepositions, appositives, modifiers', () => {
  const cases: Array<[string, string]> = [
    ['Police arrested two journalists.', 'COERCE|Police|two journalists'],
    ['The journalist was arrested by police.', 'COERCE|police|The journalist'],
    ['The journalist was arrested on Monday.', 'COERCE|-|The journalist'],
    ['Rebels attacked a police station.', 'ASSAULT|Rebels|a police station'],
    ['Students protested against the new law.', 'PROTEST|Students|the new law'],
    ['A Russian newspaper, Ryazan Gazette, condemned the raid.', 'ACCUSE|A Russian newspaper, Ryazan Gazette|the raid'],
    ['Cubans living in Russia had joined Russian combat forces.', 'MOBILIZE|Cubans|-'],
    ['Senior Hungarian and Romanian officials met on Wednesday.', 'CONSULT|Senior Hungarian and Romanian officials|-'],
  ];
  for (const [text, want] of cases) assert.ok(roles(text).includes(want), `${text} → ${roles(text).join('; ')}`);
});

test('roles: nothing is made up when the clause has no doer', () => {
  assert.deepEqual(roles('Attempts have been neutralized.'), ['COERCE|-|Attempts']);
});
