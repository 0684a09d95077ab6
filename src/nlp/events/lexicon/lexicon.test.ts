import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typesIn } from '../test-helpers.js';
import { LEXICON } from './index.js';
import { isPloverMode, isPloverType } from '../plover.js';

test('lexicon: every entry uses a type and mode of the manual', () => {
  for (const e of LEXICON) {
    assert.ok(isPloverType(e.type), e.pattern);
    if (e.mode) assert.ok(isPloverMode(e.type, e.mode), `${e.pattern} ${e.mode}`);
  }
});

test('lexicon: one sentence per type family', () => {
  const cases: Array<[string, string]> = [
    ['The two sides agreed to resume trade.', 'AGREE agreed'],
    ['The ministers met in Geneva.', 'CONSULT met'],
    ['The president praised the deal.', 'SUPPORT praised'],
    ['The government apologized for the raid.', 'CONCEDE apologized'],
    ['Cuba and Russia are forging tighter trade ties.', 'COOPERATE forging tighter trade ties'],
    ['Japan donated rice to the victims.', 'AID donated'],
    ['The rebels released three hostages.', 'RETREAT released'],
    ['The union demanded higher wages.', 'REQUEST demanded'],
    ['Prosecutors charged the mayor with fraud.', 'ACCUSE charged'],
    ['Tehran rejected the proposal.', 'REJECT rejected'],
    ['The militia threatened the villagers.', 'THREATEN threatened'],
    ['Thousands of students protested outside parliament.', 'PROTEST protested'],
    ['The court convicted the former minister.', 'SANCTION convicted'],
    ['The army deployed tanks to the border.', 'MOBILIZE deployed'],
    ['Police arrested two journalists.', 'COERCE arrested'],
    ['Rebels attacked a police station.', 'ASSAULT attacked'],
  ];
  for (const [text, want] of cases) assert.ok(typesIn(text).includes(want), `${text} → ${typesIn(text).join('; ')}`);
});

test('lexicon: words that are not events here', () => {
  const cases = [
    'The vote was held in March.',
    'He is in charge of the ministry.',
    'Law and order is the theme.',
    'The report covers the first quarter.',
    'She said the weather was fine.',
  ];
  for (const text of cases) assert.deepEqual(typesIn(text), [], text);
});
