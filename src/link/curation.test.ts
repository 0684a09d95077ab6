import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCanonicalEntities } from './canonical-entities.js';
import { applyCuration, findEntity } from './curation.js';
import { fakeAnalysis } from './test-support.js';
import type { CurationOp } from './types.js';

const a = fakeAnalysis({
  text: 'The United Nations and Halden Star and João Ferreira.', date: '2024-03-11', sources: ['APA'],
  entities: [{ name: 'United Nations', type: 'ORG' }, { name: 'Halden Star', type: 'MISC' }, { name: 'João Ferreira', type: 'PERSON', role: 'spokesman' }],
});
const b = fakeAnalysis({
  text: 'The U.N. said MV Halden Star and Ferreira and Joao Ferreira.', date: '2024-03-12', sources: ['APA'],
  entities: [{ name: 'U.N.', type: 'ORG' }, { name: 'MV Halden Star', type: 'MISC' }, { name: 'Ferreira', type: 'PERSON' }, { name: 'Joao Ferreira', type: 'PERSON', role: 'director' }],
});

describe('canonical entities', () => {
  const ents = buildCanonicalEntities([a, b]);
  const names = () => ents.map((e) => e.name).sort();

  it('merges an acronym with its expansion, and names that differ only by accents', () => {
    const un = findEntity(ents, 'U.N.');
    assert.equal(un.name, 'United Nations');
    assert.equal(un.reports, 2);
    const jf = findEntity(ents, 'João Ferreira');
    assert.equal(jf.reports, 2);
    assert.deepEqual(jf.roles.map((r) => [r.role, r.date]), [['spokesman', '2024-03-11'], ['director', '2024-03-12']]);
  });

  it('keeps a surname alone apart when no report links it, and does not merge on a shared word', () => {
    assert.deepEqual(names(), ['Ferreira', 'Halden Star', 'João Ferreira', 'MV Halden Star', 'United Nations']);
  });

  const replay = (ops: CurationOp[]) => applyCuration(ents, ops.map((op, i) => ({ seq: i + 1, at: '2024-03-20T00:00:00Z', op })));

  it('replays merge, rename, alias and split in order', () => {
    const r = replay([
      { op: 'merge', into: 'MV Halden Star', from: 'Halden Star' },
      { op: 'rename', entity: 'MV Halden Star', name: 'Halden Star (ship)' },
      { op: 'alias-add', entity: 'Halden Star (ship)', alias: 'the Star' },
      { op: 'merge', into: 'João Ferreira', from: 'Ferreira' },
      { op: 'split', entity: 'João Ferreira', alias: 'Ferreira' },
    ]);
    assert.deepEqual(r.skipped, []);
    const ship = findEntity(r.entities, 'the Star');
    assert.equal(ship.name, 'Halden Star (ship)');
    assert.deepEqual(ship.aliases, ['Halden Star', 'MV Halden Star', 'the Star']);
    assert.deepEqual(ship.curated, [1, 2, 3]);
    assert.equal(findEntity(r.entities, 'Ferreira').members.length, 1);
    assert.equal(findEntity(r.entities, 'João Ferreira').members.length, 2);
  });

  it('skips, and says why, an operation whose entity is gone', () => {
    const r = replay([{ op: 'rename', entity: 'Nobody', name: 'X' }]);
    assert.deepEqual(r.skipped.map((s) => s.seq), [1]);
    assert.match(r.skipped[0].reason, /no entity named "Nobody"/);
  });

  it('refuses an ambiguous name', () => {
    const c = fakeAnalysis({ text: 'Jordan and Jordan.', date: '2024-03-12', sources: ['X'], entities: [{ name: 'Jordan', type: 'PERSON' }, { name: 'Jordan', type: 'GPE' }] });
    assert.throws(() => findEntity(buildCanonicalEntities([c]), 'Jordan'), /names 2 entities/);
  });
});
