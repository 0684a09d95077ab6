import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkReports } from './link-reports.js';
import { fakeAnalysis } from './test-support.js';
import { findDisagreements } from './disagreements.js';

const WIRE = [
  'A cargo ship ran aground off Sines on Sunday, spilling fuel into the sea, the authorities said.',
  'The Halden Star struck rocks two nautical miles south of the port during a storm.',
  'All 21 crew members were airlifted to safety by helicopter, the directorate said.',
  'Officials said about 40 tonnes of heavy fuel oil had leaked from a damaged tank.',
  'Vellmar Shipping has not yet responded to requests for comment.',
].join('\n');

const ents = {
  vellmar: { name: 'Vellmar Shipping', type: 'ORG' as const },
  halden: { name: 'Halden Star', type: 'MISC' as const },
  sines: { name: 'Sines', type: 'GPE' as const },
  directorate: { name: 'Coastal Safety Directorate', type: 'ORG' as const },
};

const wire = fakeAnalysis({
  text: WIRE, date: '2024-03-11', sources: ['APA'],
  entities: [ents.vellmar, ents.halden, ents.sines, ents.directorate],
  statements: [[3, 'Officials said', 'about 40 tonnes of heavy fuel oil had leaked from a damaged tank']],
  unknowns: [{ kind: 'no-response', subject: 0, about: 'response', text: 'Vellmar Shipping has not yet responded to requests for comment.' }],
});
const reprint = fakeAnalysis({
  text: WIRE.replace('A cargo ship ran aground', 'A bulk carrier ran aground').replace('during a storm', 'in a storm'),
  date: '2024-03-11', sources: ['Iberian Daily Post', 'APA'],
  entities: [ents.vellmar, ents.halden, ents.sines, ents.directorate],
  unknowns: [{ kind: 'no-response', subject: 0, about: 'response', text: 'Vellmar Shipping has not yet responded to requests for comment.' }],
});
const tribune = fakeAnalysis({
  text: 'Port workers told the Alentejo Tribune that as much as 120 tonnes of fuel oil had escaped from the Halden Star off Sines.\nThe Coastal Safety Directorate has not yet commented on the figure.',
  date: '2024-03-12', sources: ['Alentejo Tribune'],
  entities: [ents.halden, ents.sines, ents.directorate, { name: 'Alentejo Tribune', type: 'MEDIA' }],
  statements: [[null, 'Port workers told', 'as much as 120 tonnes of fuel oil had escaped from the Halden Star off Sines']],
});
const response = fakeAnalysis({
  text: 'Vellmar Shipping said on Wednesday that it regretted the grounding of the Halden Star off Sines.\nThe company denied that the captain had ignored warnings.',
  date: '2024-03-13', sources: ['Cargo Ledger'],
  entities: [ents.vellmar, ents.halden, ents.sines],
  statements: [[0, 'Vellmar Shipping said', 'it regretted the grounding of the Halden Star off Sines']],
});
const unrelated = fakeAnalysis({
  text: 'The football club signed a new striker from Lyon for a record fee on Tuesday.',
  date: '2024-03-12', sources: ['Sports Desk'],
  entities: [{ name: 'Lyon', type: 'GPE' }],
});

describe('linkReports', () => {
  const all = [response, unrelated, tribune, reprint, wire];
  const r = linkReports(all);

  it('detects the reprint as a copy of the wire original', () => {
    assert.deepEqual(r.copies.map((c) => [c.reportId, c.copyOf]), [[reprint.report.id, wire.report.id]]);
    assert.ok(r.copies[0].similarity >= 0.5);
  });

  it('clusters the spill reports into one story and leaves the unrelated one out', () => {
    const spill = r.stories.find((s) => s.reportIds.includes(wire.report.id))!;
    assert.deepEqual(new Set(spill.reportIds), new Set([wire.report.id, reprint.report.id, tribune.report.id, response.report.id]));
    assert.equal(r.stories.length, 2);
  });

  it('counts reports and independent sources apart: the reprint counts as APA, once', () => {
    const spill = r.stories.find((s) => s.reportIds.includes(wire.report.id))!;
    assert.equal(spill.reports, 4);
    assert.deepEqual(spill.origins, ['APA', 'Alentejo Tribune', 'Cargo Ledger']);
    assert.equal(spill.independentSources, 3);
  });

  it('closes the no-response gap with the later report in which the company speaks, for both copies', () => {
    const closed = r.closures.filter((c) => c.rule === 'no-response/subject-speaks');
    assert.deepEqual(closed.map((c) => c.unknown).sort(), [`${reprint.report.id}:u1`, `${wire.report.id}:u1`].sort());
    assert.ok(closed.every((c) => c.closedBy === response.report.id && c.item === 'st1'));
  });

  it('does not close a gap with an earlier report', () => {
    const early = linkReports([wire, tribune]);
    assert.deepEqual(early.closures, []);
  });

  it('is the same whatever the input order', () => {
    const again = linkReports([...all].reverse());
    assert.deepEqual(again.stories, r.stories);
    assert.deepEqual(again.copies, r.copies);
    assert.deepEqual(again.closures, r.closures);
  });

  it('makes one canonical entity per real thing across reports', () => {
    const v = r.entities.filter((e) => e.name === 'Vellmar Shipping');
    assert.equal(v.length, 1);
    assert.equal(v[0].reports, 3);
  });

  it('puts the two numbers for the same quantity side by side, with who says each', () => {
    const d = findDisagreements([wire, tribune, response]);
    const n = d.find((x) => x.kind === 'number')!;
    assert.equal(n.about, 'tonnes of fuel oil');
    assert.deepEqual(n.sides.map((s) => s.value), ['40', '120']);
    assert.equal(n.sides[0].claims[0].speaker, 'Coastal Safety Directorate');
    assert.equal(n.sides[1].claims[0].speaker, 'Port workers told');
    assert.equal(n.sides[1].claims[0].reportId, tribune.report.id);
  });

  it('does not pair different quantities (crew vs fuel, iron ore vs fuel)', () => {
    const ore = fakeAnalysis({ text: 'The ship carried 38,000 tonnes of iron ore and 21 crew.', date: '2024-03-12', sources: ['Other'] });
    const d = findDisagreements([wire, ore]);
    assert.deepEqual(d.filter((x) => x.kind === 'number'), []);
  });
});

describe('closing a declined comment', () => {
  const declined = fakeAnalysis({
    text: 'The Halden Star spill off Sines is under investigation.\nAnneke Visser declined to comment on the cause of the accident.',
    date: '2024-03-13', sources: ['Cargo Ledger'],
    entities: [{ name: 'Anneke Visser', type: 'PERSON' }, { name: 'Halden Star', type: 'MISC' }, { name: 'Sines', type: 'GPE' }],
    unknowns: [{ kind: 'declined-to-comment', subject: 0, about: 'the cause of the accident', text: 'Anneke Visser declined to comment on the cause of the accident.' }],
  });
  const offTopic = fakeAnalysis({
    text: 'Anneke Visser said the company would meet the fishermen of Sines about the Halden Star on Saturday.',
    date: '2024-03-14', sources: ['APA'],
    entities: [{ name: 'Anneke Visser', type: 'PERSON' }, { name: 'Halden Star', type: 'MISC' }, { name: 'Sines', type: 'GPE' }],
    statements: [[0, 'Anneke Visser said', 'the company would meet the fishermen of Sines about the Halden Star on Saturday']],
  });
  const onTopic = fakeAnalysis({
    text: 'Anneke Visser said the cause of the accident off Sines was a steering failure on the Halden Star.',
    date: '2024-03-15', sources: ['APA'],
    entities: [{ name: 'Anneke Visser', type: 'PERSON' }, { name: 'Halden Star', type: 'MISC' }, { name: 'Sines', type: 'GPE' }],
    statements: [[0, 'Anneke Visser said', 'the cause of the accident off Sines was a steering failure on the Halden Star']],
  });
  it('stays open when the party speaks about something else', () => {
    assert.deepEqual(linkReports([declined, offTopic]).closures, []);
  });
  it('closes when the party speaks on the topic', () => {
    const c = linkReports([declined, offTopic, onTopic]).closures;
    assert.deepEqual(c.map((x) => [x.closedBy, x.rule]), [[onTopic.report.id, 'declined-to-comment/subject-speaks-on-topic']]);
  });
});
