import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCameoMap, parsePetrRecords, ploverOfCameo } from './events-petr.js';

const MAP = parseCameoMap('04: CONSULT\n041: CONSULT, phone,   # Discuss by telephone\n0311: AGREE,  ,   economic # x\n# comment\n');

test('ploverOfCameo: the code, else its parents; unmapped codes give null', () => {
  assert.equal(ploverOfCameo(MAP, '041'), 'CONSULT');
  assert.equal(ploverOfCameo(MAP, '0311'), 'AGREE');
  assert.equal(ploverOfCameo(MAP, '0412'), 'CONSULT');
  assert.equal(ploverOfCameo(MAP, '010'), null);
});

test('parsePetrRecords: text and mapped types; sentences without a mapped code are left out', () => {
  const xml = `<Sentence date="1" id="A-1"><EventCoding sourcecode="X" targetcode="Y" eventcode="041"></EventCoding><Text>
Arnor phoned
Gondor.</Text></Sentence><Sentence id="A-2"><EventCoding eventcode="010"></EventCoding><Text>Arnor said.</Text></Sentence>`;
  assert.deepEqual(parsePetrRecords(xml, MAP), [{ id: 'A-1', text: 'Arnor phoned Gondor.', types: ['CONSULT'] }]);
});
