import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeType, type TypeContext } from './code-type.js';
import type { PloverType } from './plover.js';
import { typesIn } from './test-helpers.js';

const ctx = (over: Partial<TypeContext>): TypeContext => ({ negated: false, hedged: false, aux: null, would: false, conditional: false, ...over });

test('codeType: the manual\'s future, conditional and negation rules', () => {
  const cases: Array<[PloverType, Partial<TypeContext>, PloverType]> = [
    ['CONSULT', { aux: 'future' }, 'AGREE'],
    ['AID', { aux: 'future' }, 'AGREE'],
    ['RETREAT', { aux: 'future' }, 'CONCEDE'],
    ['RETREAT', { aux: 'future', conditional: true }, 'THREATEN'],
    ['PROTEST', { aux: 'future' }, 'THREATEN'],
    ['ASSAULT', { aux: 'future' }, 'THREATEN'],
    ['AGREE', { negated: true }, 'REJECT'],
    // Unchanged: done, hypothetical, or a negated conflict act (a non-attack is no event type).
    ['ASSAULT', {}, 'ASSAULT'],
    ['ASSAULT', { aux: 'hypothetical' }, 'ASSAULT'],
    ['ASSAULT', { negated: true }, 'ASSAULT'],
    ['REQUEST', { aux: 'future' }, 'REQUEST'],
  ];
  for (const [type, over, want] of cases) assert.equal(codeType(type, ctx(over)).type, want, `${type} ${JSON.stringify(over)}`);
});

test('codeType in sentences', () => {
  const cases: Array<[string, string]> = [
    ['The party said it will boycott the elections.', 'THREATEN boycott'],
    ['Nigeria will withdraw its force unless the talks resume.', 'THREATEN withdraw'],
    ['Syria will not accept more refugees.', 'REJECT accept'],
    ['The United Nations will provide food aid to refugees.', 'AGREE provide food'],
  ];
  for (const [text, want] of cases) assert.ok(typesIn(text).includes(want), `${text} → ${typesIn(text).join('; ')}`);
});
