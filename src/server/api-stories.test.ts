import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { curate } from '../engine/canonical.js';
import { relink } from '../engine/link.js';
import { createPipeline } from '../nlp/pipeline.js';
import type { Store } from '../store/store.js';
import { createFixtureStore } from './fixture-reports.js';
import { startServer, type RunningServer } from './start-server.js';
import { storyLinkFixtures } from './story-fixtures.js';

const get = async (srv: RunningServer, path: string) => {
  const res = await fetch(srv.url + path);
  return { status: res.status, body: (await res.json()) as any };
};

describe('API: stories, provenance, closed gaps and canonical entities', () => {
  const [wire, reprint, local, response, unrelated] = storyLinkFixtures();
  let srv: RunningServer;
  let store: Store;
  let cleanup: () => Promise<void>;
  let storyId = '';
  before(async () => {
    ({ store, cleanup } = await createFixtureStore(storyLinkFixtures()));
    await relink(store);
    await curate(store, { op: 'alias-add', entity: 'Marlow Tankers', alias: 'Marlow' });
    srv = await startServer({ store, port: 0, pipeline: async () => createPipeline([]) });
  });
  after(async () => {
    await srv.close();
    await cleanup();
  });

  it('answers every new route with the envelope, and refuses what it must', async () => {
    const cases: [string, number, string?][] = [
      ['/api/stories', 200], ['/api/stories?limit=1', 200], [`/api/stories?report=${wire.report.id}`, 200],
      [`/api/provenance/${wire.report.id}:st1`, 200], ['/api/unknowns?all=1', 200], ['/api/entities/Marlow%20Tankers', 200],
      ['/api/stories/st0000000000000000', 404, 'not-found'], ['/api/stories/..%2F..', 404, 'not-found'],
      [`/api/provenance/${wire.report.id}:st99`, 404, 'not-found'], ['/api/provenance/0000000000000000:st1', 404, 'not-found'],
      ['/api/provenance/st1', 400, 'bad-param'], ['/api/provenance/%3Cscript%3E', 400, 'bad-param'],
      ['/api/stories?report=not-an-id', 400, 'bad-param'], ['/api/stories?limit=0', 400, 'bad-param'],
      ['/api/unknowns?all=yes', 400, 'bad-param'],
    ];
    for (const [path, status, code] of cases) {
      const r = await get(srv, path);
      assert.equal(r.status, status, path);
      assert.equal(r.body.ok, status === 200, path);
      if (code) assert.equal(r.body.error.code, code, path);
      else assert.ok('next' in r.body, path);
    }
  });

  it('lists stories largest first with report and independent-source counts, and pages them', async () => {
    const r = await get(srv, '/api/stories');
    assert.deepEqual(r.body.data.map((s: any) => [s.reports, s.independentSources]), [[4, 3], [1, 1]]);
    const s = r.body.data[0];
    storyId = s.id;
    assert.deepEqual(Object.keys(s).sort(), ['entities', 'first', 'id', 'independentSources', 'last', 'origins', 'reports', 'title']);
    assert.deepEqual([s.first, s.last], ['2024-05-05', '2024-05-07']);
    assert.deepEqual(s.origins, ['Lusa', 'Oeste Weekly', 'Shipping Ledger']);
    assert.ok(s.entities.some((e: any) => e.name === 'Aurora Bay' && e.type === 'MISC' && e.id));
    const p1 = await get(srv, '/api/stories?limit=1');
    assert.equal(p1.body.data.length, 1);
    const p2 = await get(srv, `/api/stories?limit=1&cursor=${p1.body.next}`);
    assert.deepEqual(p2.body.data.map((x: any) => x.origins), [['Sports Desk']]);
    assert.equal(p2.body.next, null);
  });

  it('finds the stories of given reports', async () => {
    const cases: [string, number[]][] = [
      [reprint.report.id, [4]], [unrelated.report.id, [1]], [`${wire.report.id},${unrelated.report.id}`, [4, 1]], ['ffffffffffffffff', []],
    ];
    for (const [ids, sizes] of cases) assert.deepEqual((await get(srv, `/api/stories?report=${ids}`)).body.data.map((s: any) => s.reports), sizes, ids);
  });

  it('returns a story with copies marked, gaps open and closed, and disagreements side by side', async () => {
    const r = await get(srv, `/api/stories/${storyId}`);
    const v = r.body.data;
    assert.equal(r.body.next, null);
    assert.deepEqual(v.reportList.map((x: any) => x.id).sort(), [wire, reprint, local, response].map((a) => a.report.id).sort());
    assert.equal('reportIds' in v, false, 'the full id list is not sent: reportList pages');
    assert.equal(v.reports, 4);
    assert.equal(v.independentSources, 3);
    const copies = v.reportList.filter((r: any) => r.copyOf).map((r: any) => [r.id, r.copyOf]);
    assert.deepEqual(copies, [[reprint.report.id, wire.report.id]]);
    assert.equal(v.copies, 1);
    assert.equal(v.outlets.reduce((n: number, o: any) => n + o.reports, 0), 4);
    assert.ok(v.outlets.some((o: any) => o.outlet === v.reportList.find((x: any) => x.id === wire.report.id).outlet && o.reports >= 1));
    assert.ok(v.reportList.every((x: any) => typeof x.excerpt === 'string' && x.excerpt.length > 0));
    // The wire's gap and its reprint's are one gap, closed by the response.
    assert.deepEqual(v.gaps, { open: 0, closed: 1, statements: 2 });
    assert.deepEqual(v.disagreementScope, { reports: 3, independent: 3, capped: false });
    assert.ok(v.entityList.some((e: any) => e.name === 'Marlow Tankers'));
    const gaps = v.unknowns.map((u: any) => [u.reportId, u.status, u.closedBy?.closedBy ?? null]);
    assert.deepEqual(gaps, [[wire.report.id, 'closed', response.report.id], [reprint.report.id, 'closed', response.report.id]]);
    assert.equal(v.unknowns[0].closedBy.item, 'st1');
    const [d] = v.disagreements;
    assert.equal(v.disagreements.length, 1);
    assert.equal(d.kind, 'number');
    assert.deepEqual(d.sides.map((s: any) => s.value), ['30', '90']);
    const claim = d.sides[1].claims[0];
    assert.equal(claim.reportId, local.report.id);
    assert.equal(local.text.slice(claim.start, claim.end), claim.text);
    // The copy repeats the wire's figure; it is not a second voice.
    assert.equal(d.sides[0].claims.some((c: any) => c.reportId === reprint.report.id), false);
    assert.equal(v.statements.every((s: any) => typeof s.reportId === 'string'), true);
  });

  it('pages a story: a bounded page of reports with their annotations, the same story-wide figures on every page', async () => {
    const whole = (await get(srv, `/api/stories/${storyId}`)).body.data;
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 10; n++) {
      const r = await get(srv, `/api/stories/${storyId}?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200);
      const v = r.body.data;
      assert.equal(v.reportList.length, 1);
      assert.deepEqual(v.page, { offset: n, limit: 1 });
      const id = v.reportList[0].id;
      seen.push(id);
      for (const list of [v.statements, v.events, v.unknowns]) assert.ok(list.every((x: any) => x.reportId === id), 'annotations of the page only');
      for (const k of ['reports', 'independentSources', 'outlets', 'copies', 'gaps', 'disagreements', 'disagreementScope', 'entityList']) assert.deepEqual(v[k], whole[k], k);
      cursor = r.body.next;
      if (!cursor) break;
    }
    assert.deepEqual(seen, whole.reportList.map((x: any) => x.id), 'pages cover every report once, in date order');
    assert.equal(cursor, null);
    const dates = seen.map((id) => whole.reportList.find((x: any) => x.id === id).date);
    assert.deepEqual(dates, [...dates].sort());
    const cases: [string, number, string][] = [
      [`/api/stories/${storyId}?limit=0`, 400, 'bad-param'], [`/api/stories/${storyId}?limit=101`, 400, 'bad-param'],
      [`/api/stories/${storyId}?cursor=%3Cx%3E`, 400, 'bad-param'], ['/api/stories/st0000000000000000?limit=1', 404, 'not-found'],
    ];
    for (const [path, status, code] of cases) {
      const r = await get(srv, path);
      assert.equal(r.status, status, path);
      assert.equal(r.body.error.code, code, path);
    }
    const past = (await get(srv, `/api/stories/${storyId}?limit=2&cursor=${Buffer.from('o:99').toString('base64url')}`)).body;
    assert.deepEqual([past.data.reportList, past.next], [[], null], 'a cursor past the end gives an empty last page');
  });

  it('lists open gaps by default and closed ones with all=1, each with the report that closed it', async () => {
    const open = (await get(srv, '/api/unknowns')).body.data;
    assert.deepEqual(open, []);
    const all = (await get(srv, '/api/unknowns?all=1')).body.data;
    assert.deepEqual(all.map((u: any) => [u.reportId, u.item.id, u.status, u.closedBy.closedBy]).sort(),
      [[wire.report.id, 'u1', 'closed', response.report.id], [reprint.report.id, 'u1', 'closed', response.report.id]].sort());
    assert.equal(all[0].closedBy.rule, 'no-response/subject-speaks');
  });

  it('gives the provenance chain of a statement: report, sources, speaker, cue and content spans', async () => {
    const p = (await get(srv, `/api/provenance/${reprint.report.id}:st1`));
    assert.equal(p.status, 404, 'the reprint has no statement of its own');
    const c = (await get(srv, `/api/provenance/${local.report.id}:st2`)).body.data;
    assert.equal(c.kind, 'statement');
    assert.deepEqual(c.report, { id: local.report.id, date: '2024-05-06', title: null, sources: ['Oeste Weekly'], copyOf: null });
    assert.equal(c.statement.speaker.name, 'Rita Silva');
    assert.equal(local.text.slice(c.statement.content[0].start, c.statement.content[0].end), 'the slick was shrinking');
    assert.deepEqual(c.within, []);
    assert.deepEqual(c.linkedEvents, []);
    assert.equal(c.rule, 'test');
  });

  it('shows one canonical entity with aliases, roles over time, curation and stories', async () => {
    const e = (await get(srv, '/api/entities/Silva')).body.data;
    assert.equal(e.name, 'Rita Silva');
    assert.equal(e.canonical.name, 'Rita Silva');
    assert.deepEqual(e.canonical.roles.map((r: any) => [r.role, r.date]), [['spokeswoman', '2024-05-06'], ['spokeswoman', '2024-05-07']]);
    assert.deepEqual(e.stories.map((s: any) => s.id), [storyId]);
    const m = (await get(srv, '/api/entities/marlow')).body.data;
    assert.equal(m.name, 'Marlow Tankers');
    assert.ok(m.aliases.includes('Marlow'));
    assert.deepEqual(m.curation.map((c: any) => c.op), [{ op: 'alias-add', entity: 'Marlow Tankers', alias: 'Marlow' }]);
    assert.match(m.curation[0].at, /^\d{4}-\d{2}-\d{2}T/);
    const byId = (await get(srv, `/api/entities/${m.canonical.id}`)).body.data;
    assert.equal(byId.name, 'Marlow Tankers');
    const porto = (await get(srv, '/api/entities/Porto')).body.data;
    assert.deepEqual(porto.stories.map((s: any) => s.reports), [1]);
    assert.deepEqual(porto.curation, []);
    assert.equal((await get(srv, '/api/entities/Nobody%20Here')).status, 404);
  });

  it('relinks without losing the curation, and answers before any linking with canonical null', async () => {
    await relink(store);
    assert.ok((await get(srv, '/api/entities/Marlow')).body.data.aliases.includes('Marlow'));
    const fresh = await createFixtureStore([unrelated]);
    const srv2 = await startServer({ store: fresh.store, port: 0, pipeline: async () => createPipeline([]) });
    try {
      const e = (await get(srv2, '/api/entities/Porto')).body.data;
      assert.equal(e.canonical, null);
      assert.deepEqual(e.stories, []);
      assert.deepEqual((await get(srv2, '/api/stories')).body.data, []);
      assert.equal((await get(srv2, '/api/unknowns?all=1')).body.data.length, 0);
    } finally {
      await srv2.close();
      await fresh.cleanup();
    }
  });
});
