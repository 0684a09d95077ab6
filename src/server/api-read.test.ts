import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './api-test-helpers.js';
import { storyFixtures } from './fixture-reports.js';

describe('API: reading', () => {
  let srv: TestServer;
  const [a, b, c] = storyFixtures();
  before(async () => {
    srv = await startTestServer();
  });
  after(async () => srv.stop());

  it('answers every read route with the envelope', async () => {
    const cases: [string, number][] = [
      ['/api/reports', 200], ['/api/reports/' + a.report.id, 200], ['/api/search?q=Vellmar', 200], ['/api/statements', 200],
      ['/api/unknowns', 200], ['/api/events', 200], ['/api/stats', 200], ['/api/entities/Vellmar%20Shipping', 200], ['/api/graph', 200],
      ['/api/reports/0000000000000000', 404], ['/api/entities/Nobody%20At%20All', 404], ['/api/nothing-here', 404],
      ['/api/search', 400], ['/api/search?q=x&limit=0', 400], ['/api/search?q=x&type=video', 400], ['/api/events?since=March', 400],
      ['/api/reports?cursor=not%20a%20cursor', 400],
    ];
    for (const [path, status] of cases) {
      const r = await srv.call(path);
      assert.equal(r.status, status, path);
      assert.match(r.headers.get('content-type') ?? '', /^application\/json/, path);
      if (status === 200) {
        assert.equal(r.body.ok, true, path);
        assert.ok('data' in r.body && 'next' in r.body, path);
      } else {
        assert.deepEqual(Object.keys(r.body).sort(), ['error', 'ok'], path);
        assert.equal(r.body.ok, false, path);
        assert.equal(typeof r.body.error.code, 'string', path);
        assert.equal(typeof r.body.error.message, 'string', path);
      }
    }
  });

  it('returns a report as the analyze shape, exactly as stored', async () => {
    const r = await srv.call(`/api/reports/${a.report.id}`);
    assert.deepEqual(r.body.data, a);
    assert.equal((await srv.call('/api/reports/..%2F..%2Fetc')).status, 404);
  });

  it('pages reports with cursors, without overlap, newest first', async () => {
    const p1 = await srv.call('/api/reports?limit=2');
    assert.deepEqual(p1.body.data.map((r: any) => r.date), ['2024-03-15', '2024-03-13']);
    assert.ok(p1.body.next);
    const p2 = await srv.call(`/api/reports?limit=2&cursor=${p1.body.next}`);
    assert.deepEqual(p2.body.data.map((r: any) => r.date), ['2024-03-11']);
    assert.equal(p2.body.next, null);
  });

  it('filters reports by date and source', async () => {
    const cases: [string, string[]][] = [
      ['since=2024-03-12', ['2024-03-15', '2024-03-13']],
      ['until=2024-03-13', ['2024-03-13', '2024-03-11']],
      ['source=apa', ['2024-03-15', '2024-03-13']],
      ['source=AP', []],
    ];
    for (const [q, dates] of cases) assert.deepEqual((await srv.call(`/api/reports?${q}`)).body.data.map((r: any) => r.date), dates, q);
  });

  it('searches reports with facets, filters and paging', async () => {
    const r = await srv.call('/api/search?q=Vellmar');
    assert.equal(r.body.data.total, 2);
    assert.deepEqual(r.body.data.reports.map((h: any) => h.reportId).sort(), [a.report.id, b.report.id].sort());
    const outlets = Object.fromEntries(r.body.data.facets.outlet.map((f: any) => [f.value, f.count]));
    assert.deepEqual(outlets, { 'Lisbon Courier': 1, 'Cargo Ledger': 1, APA: 1 });
    const ents = Object.fromEntries(r.body.data.facets.entity.map((f: any) => [f.value, f.count]));
    assert.equal(ents['Vellmar Shipping'], 2);
    assert.equal(ents['Anneke Visser'], 1);
    assert.equal(r.body.data.facets.dateUnit, 'day');
    const cases: [string, string[]][] = [
      ['&outlet=cargo%20ledger', [b.report.id]],
      ['&entity=Anneke%20Visser', [b.report.id]],
      ['&entity=ferreira', [a.report.id, b.report.id]],
      ['&since=2024-03-12', [b.report.id]],
      ['&until=2024-03-11', [a.report.id]],
      ['&outlet=Nobody', []],
    ];
    for (const [f, ids] of cases) {
      const got = (await srv.call(`/api/search?q=Vellmar${f}`)).body.data.reports.map((h: any) => h.reportId).sort();
      assert.deepEqual(got, ids.sort(), f);
    }
    const p1 = await srv.call('/api/search?q=Vellmar&limit=1');
    assert.equal(p1.body.data.reports.length, 1);
    const p2 = await srv.call(`/api/search?q=Vellmar&limit=1&cursor=${p1.body.next}`);
    assert.equal(p2.body.data.reports.length, 1);
    assert.notEqual(p1.body.data.reports[0].reportId, p2.body.data.reports[0].reportId);
    assert.equal(p2.body.next, null);
    assert.equal((await srv.call('/api/search?q=submarine')).body.data.total, 0);
  });

  it('searches statements inside matching reports, not the rest of the text', async () => {
    const r = await srv.call('/api/search?q=Vellmar&type=statement');
    assert.deepEqual(r.body.data.statements.map((s: any) => s.item.speaker.name).sort(), ['Anneke Visser', 'João Ferreira']);
    assert.equal(r.body.data.statements[0].title !== undefined, true);
    const slick = await srv.call('/api/search?q=slick&type=statement');
    assert.deepEqual(slick.body.data.statements.map((s: any) => s.item.content[0].text), ['the slick was contained']);
    assert.equal((await srv.call('/api/search?q=detained&type=statement')).body.data.statements.length, 0);
    const p1 = await srv.call('/api/search?q=Vellmar&type=statement&limit=1');
    assert.equal(p1.body.data.statements.length, 1);
    const p2 = await srv.call(`/api/search?q=Vellmar&type=statement&limit=1&cursor=${p1.body.next}`);
    assert.equal(p2.body.data.statements.length, 1);
    assert.notEqual(p1.body.data.statements[0].reportId, p2.body.data.statements[0].reportId);
  });

  it('rejects bad search syntax as a 400 with the store code', async () => {
    const r = await srv.call('/api/search?q=%22unclosed');
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'search/bad-query');
  });

  it('lists statements by speaker, unknowns and events with filters', async () => {
    const cases: [string, number][] = [
      ['/api/statements', 3], ['/api/statements?speaker=ferreira', 2], ['/api/statements?speaker=Visser', 1], ['/api/statements?speaker=Nobody', 0],
      ['/api/unknowns', 1], ['/api/events', 1], ['/api/events?entity=Petrovi%C4%87', 1], ['/api/events?since=2024-03-12', 0], ['/api/events?entity=Visser', 0],
    ];
    for (const [path, n] of cases) assert.equal((await srv.call(path)).body.data.length, n, path);
  });

  it('counts everything', async () => {
    const s = (await srv.call('/api/stats')).body.data;
    assert.equal(s.reports, 3);
    assert.equal(s.statements, 3);
    assert.equal(s.sources, 3);
  });

  it('gathers an entity page from what the store has', async () => {
    const p = (await srv.call('/api/entities/Ferreira')).body.data;
    assert.equal(p.name, 'João Ferreira');
    assert.ok(p.roles.includes('spokesman'));
    assert.equal(p.reportCount, 2);
    assert.equal(p.statementsBy.length, 2);
    const v = (await srv.call('/api/entities/vellmar%20shipping')).body.data;
    assert.equal(v.name, 'Vellmar Shipping');
    assert.deepEqual(v.statementsAbout.map((s: any) => s.item.speaker.name).sort(), ['Anneke Visser', 'João Ferreira']);
    assert.equal(v.statementsBy.length, 0);
    const co = Object.fromEntries(v.coActors.map((x: any) => [x.name, x.reports]));
    assert.equal(co['Marko Petrović'], 2);
    assert.equal(co['Vellmar Shipping'], undefined);
    const m = (await srv.call('/api/entities/Marko%20Petrovi%C4%87')).body.data;
    assert.equal(m.events.length, 1);
    assert.ok(m.roles.includes('captain'));
  });

  it('draws the actor graph from statements and events', async () => {
    const g = (await srv.call('/api/graph')).body.data;
    const edges = g.edges.map((e: any) => `${e.kind}:${g.nodes.find((n: any) => n.id === e.source).name}->${g.nodes.find((n: any) => n.id === e.target).name}:${e.label}`).sort();
    assert.deepEqual(edges, [
      'event:Police->Marko Petrović:ARREST',
      'statement:Anneke Visser->Marko Petrović:say',
      'statement:Anneke Visser->Vellmar Shipping:say',
      'statement:João Ferreira->Vellmar Shipping:say',
    ]);
    assert.equal(g.nodes.some((n: any) => n.name === 'Coastal Safety Directorate'), false);
    assert.equal((await srv.call('/api/graph?kind=event')).body.data.edges.length, 1);
    assert.equal((await srv.call('/api/graph?until=2024-03-11')).body.data.edges.length, 2);
    const p1 = await srv.call('/api/graph?limit=1');
    assert.equal(p1.body.data.reportsRead, 1);
    assert.ok(p1.body.next);
  });

  it('answers a report with no annotations like any other', async () => {
    const r = await srv.call(`/api/reports/${c.report.id}`);
    assert.equal(r.body.data.statements.length, 0);
    assert.equal(r.body.data.report.title, null);
  });
});
