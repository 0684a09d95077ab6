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

test('lexicon: rows from the CAMEO verb descriptions', () => {
  const cases: Array<[string, string]> = [
    ['The emir launched a mediation effort.', 'CONSULT mediation'],
    ['The government lifted the state of emergency.', 'CONCEDE lifted the state of emergency'],
    ['The government accepted demands from the rebels.', 'CONCEDE accepted demands'],
    ['The army lifted the blockade on the town.', 'RETREAT lifted the blockade'],
    ['Five hundred rebels surrendered last week.', 'RETREAT surrendered'],
    ['Officials shared evidence with the U.S.', 'COOPERATE shared evidence'],
    ['The United States is providing intelligence to Macedonia.', 'AID providing intelligence'],
    ['Serbia lodged an official protest with Albania.', 'ACCUSE lodged an official protest'],
    ['The court opened a hearing into the case.', 'ACCUSE opened a hearing'],
    ['The newspaper violated a ban.', 'REJECT violated'],
    ['The sides failed to reach agreement.', 'REJECT failed to reach'],
    ['Italy announced a suspension of air links with Serbia.', 'SANCTION suspension of air links'],
    ['Syrian officers ended mediation efforts.', 'SANCTION ended mediation'],
    ['North Korea expelled inspectors of the agency.', 'SANCTION expelled inspectors'],
    ['Bulldozers demolished homes.', 'COERCE demolished'],
    ['Workers blocked the bridge for three hours.', 'PROTEST blocked the bridge'],
    ['The warships launched war games.', 'MOBILIZE war games'],
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
    'The team defended well.',
    'They opened a new shop.',
    'The storm was reported.',
  ];
  for (const text of cases) assert.deepEqual(typesIn(text), [], text);
});
