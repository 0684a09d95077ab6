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
    // A recipient is an agent: a law or a raid is not one.
    ['Students protested against the new law.', 'PROTEST|Students|-'],
    ['Students protested against the government.', 'PROTEST|Students|the government'],
    ['A Russian newspaper, Ryazan Gazette, condemned the raid.', 'ACCUSE|A Russian newspaper, Ryazan Gazette|-'],
    // Time expressions are skipped or cut off: the subject before "today", the object before it.
    ['The Security Council today condemned the rebels.', 'ACCUSE|The Security Council|the rebels'],
    ['The minister visited Russia today.', 'CONSULT|The minister|Russia'],
    // "be willing to", "along with", "that" clauses, two objects.
    // One's own troops are moved, not acted upon: the recipient is the place left.
    ['Syria says it is willing to withdraw its troops.', 'CONCEDE|it|-'],
    ['Washington along with its allies demanded that Hamas renounce violence.', 'REQUEST|Washington|Hamas'],
    ['Finland will give Tanzania a grant.', 'AGREE|Finland|Tanzania'],
    ['The European Community gave the Ivory Coast 5.1 million dollars of aid.', 'AID|The European Community|the Ivory Coast'],
    ['Cubans living in Russia had joined Russian combat forces.', 'MOBILIZE|Cubans|-'],
    ['Senior Hungarian and Romanian officials met on Wednesday.', 'CONSULT|Senior Hungarian and Romanian officials|-'],
  ];
  for (const [text, want] of cases) assert.ok(roles(text).includes(want), `${text} → ${roles(text).join('; ')}`);
});

test('roles: nothing is made up when the clause has no doer', () => {
  assert.deepEqual(roles('Attempts have been neutralized.'), ['COERCE|-|-']);
});
