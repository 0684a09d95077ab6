import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsIn } from './test-helpers.js';

function flags(text: string): string[] {
  return eventsIn(text).map((e) => `${e.type}|neg=${e.negated}|hedge=${e.hedged}|aux=${e.aux ?? '-'}`);
}

test('modality: negation, hedging, future (with the manual\'s AGREE rule) and hypothetical', () => {
  const cases: Array<[string, string]> = [
    ['Police did not arrest the protesters.', 'COERCE|neg=true|hedge=false|aux=-'],
    ['Troops may have attacked the village.', 'ASSAULT|neg=false|hedge=true|aux=-'],
    ['Rebels reportedly attacked the village.', 'ASSAULT|neg=false|hedge=true|aux=-'],
    ['The ministers will meet in Geneva.', 'AGREE|neg=false|hedge=false|aux=future'],
    ['The army will withdraw from the town.', 'CONCEDE|neg=false|hedge=false|aux=future'],
    // An announced arrest is a threat (code-type.ts), still marked future.
    ['Police will arrest anyone who protests.', 'THREATEN|neg=false|hedge=false|aux=future'],
    ['a network aimed at recruiting soldiers', 'MOBILIZE|neg=false|hedge=false|aux=hypothetical'],
    ['Police arrested two men.', 'COERCE|neg=false|hedge=false|aux=-'],
  ];
  for (const [text, want] of cases) assert.ok(flags(text).includes(want), `${text} → ${flags(text).join('; ')}`);
});
