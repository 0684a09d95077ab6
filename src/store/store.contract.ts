import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LinkItem, Store } from './store.js';
import { StoreError } from './store.js';
import { fixtureAnalysis } from './contract-fixtures.js';

/**
 * The one test suite every Store adapter must pass. `open` returns a fresh, empty, migrated store.
 */
export function runStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    const a = fixtureAnalysis('Maria Santos said the harbour in Lisbon was closed after the spill.', '2024-03-02', ['Atlantic Press Agency', 'Harbour Times']);
    const b = fixtureAnalysis('Officials said fishermen protested in Sines on Monday.', '2024-03-04', ['Coastal Herald'], 'Officials');
    const c = fixtureAnalysis('João Ferreira said the ship was towed to Setúbal.', '2024-03-01', ['Atlantic Press Agency'], 'João Ferreira');

    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    it('starts empty', async () => {
      const s = await store.stats();
      assert.equal(s.reports, 0);
      assert.equal(s.statements, 0);
    });

    it('stores a report once, whatever the number of puts', async () => {
      assert.equal(await store.putAnalysis(a, { file: 'a.txt' }), true);
      assert.equal(await store.putAnalysis(a), false);
      assert.equal(await store.putAnalysis(b), true);
      assert.equal(await store.putAnalysis(c), true);
      assert.equal((await store.stats()).reports, 3);
    });

    it('migrating again changes nothing', async () => {
      await store.migrate();
      assert.equal((await store.stats()).reports, 3);
    });

    it('round-trips the analysis exactly', async () => {
      const got = await store.getAnalysis(a.report.id);
      assert.deepEqual(got, a);
      assert.equal(await store.getAnalysis('0000000000000000'), null);
      assert.equal(await store.hasReport(a.report.id), true);
      assert.equal(await store.hasReport('nope'), false);
    });

    it('counts every layer and distinct sources', async () => {
      const s = await store.stats();
      assert.deepEqual(
        { reports: s.reports, sources: s.sources, statements: s.statements, events: s.events, unknowns: s.unknowns, mentions: s.mentions, entities: s.entities, dates: s.dates, diagnostics: s.diagnostics },
        { reports: 3, sources: 3, statements: 3, events: 3, unknowns: 3, mentions: 3, entities: 3, dates: 3, diagnostics: 3 },
      );
    });

    it('finds reports by words, with a snippet, and not by absent words', async () => {
      const hits = await store.search('harbour Lisbon');
      assert.equal(hits.items.length, 1);
      assert.equal(hits.items[0].reportId, a.report.id);
      assert.match(hits.items[0].snippet, /\[harbour\]/i);
      assert.deepEqual(hits.items[0].sources, ['Atlantic Press Agency', 'Harbour Times']);
      assert.equal((await store.search('submarine')).items.length, 0);
      assert.equal((await store.search('said')).items.length, 3);
    });

    it('matches words without their accents', async () => {
      assert.equal((await store.search('Setubal')).items.length, 1);
    });

    it('rejects bad query syntax with a StoreError, not a crash', async () => {
      await assert.rejects(store.search('"unclosed'), (e: unknown) => e instanceof StoreError && e.code === 'search/bad-query');
      await assert.rejects(store.search('   '), (e: unknown) => e instanceof StoreError && e.code === 'search/bad-query');
    });

    it('pages with cursors and no overlap', async () => {
      const p1 = await store.listReports({ limit: 2 });
      assert.equal(p1.items.length, 2);
      assert.ok(p1.next);
      const p2 = await store.listReports({ limit: 2, cursor: p1.next });
      assert.equal(p2.items.length, 1);
      assert.equal(p2.next, null);
      assert.deepEqual(p1.items.map((r) => r.date), ['2024-03-04', '2024-03-02']);
      assert.equal(p2.items[0].date, '2024-03-01');
    });

    it('lists statements by speaker name or alias, newest first', async () => {
      const all = await store.statements();
      assert.equal(all.items.length, 3);
      assert.deepEqual(all.items.map((s) => s.reportDate), ['2024-03-04', '2024-03-02', '2024-03-01']);
      const by = await store.statements({ speaker: 'santos' });
      assert.equal(by.items.length, 1);
      assert.equal(by.items[0].item.speaker?.name, 'Maria Santos');
      assert.equal((await store.statements({ speaker: 'Ferreira' })).items.length, 1);
      assert.equal((await store.statements({ speaker: 'Nobody' })).items.length, 0);
    });

    it('lists unknowns and events with time filters', async () => {
      assert.equal((await store.unknowns()).items.length, 3);
      const ev = await store.events();
      assert.deepEqual(ev.items.map((e) => e.item.date.when), ['2024-03-01', '2024-03-02', '2024-03-04']);
      assert.equal((await store.events({ since: '2024-03-02' })).items.length, 2);
      assert.equal((await store.events({ until: '2024-03-01' })).items.length, 1);
      assert.equal((await store.events({ entity: 'Ferreira' })).items.length, 1);
      assert.equal((await store.dates(a.report.id)).length, 1);
    });

    it('lists reports within dates and by credited source', async () => {
      const cases: [Parameters<Store['listReports']>[0], string[]][] = [
        [{ since: '2024-03-02' }, ['2024-03-04', '2024-03-02']],
        [{ until: '2024-03-02' }, ['2024-03-02', '2024-03-01']],
        [{ since: '2024-03', until: '2024-03' }, ['2024-03-04', '2024-03-02', '2024-03-01']],
        [{ source: 'atlantic press agency' }, ['2024-03-02', '2024-03-01']],
        [{ source: 'Atlantic' }, []],
        [{ since: '2024-04-01' }, []],
      ];
      for (const [filter, dates] of cases) {
        assert.deepEqual((await store.listReports(filter)).items.map((r) => r.date), dates, JSON.stringify(filter));
      }
    });

    it('lists entity records by name, alias or report, and not by a part of a name', async () => {
      const cases: [Parameters<Store['entities']>[0], string[]][] = [
        [{ name: 'maria santos' }, ['Maria Santos']],
        [{ name: 'Ferreira' }, ['João Ferreira']],
        [{ name: 'Santo' }, []],
        [{ reportIds: [b.report.id, c.report.id] }, ['Officials', 'João Ferreira']],
        [{ reportIds: [] }, []],
        [{ reportIds: [a.report.id], name: 'Officials' }, []],
      ];
      for (const [filter, names] of cases) {
        const page = await store.entities(filter);
        assert.deepEqual(page.items.map((e) => e.item.name), names, JSON.stringify(filter));
      }
      const one = (await store.entities({ name: 'Maria Santos' })).items[0];
      assert.equal(one.reportId, a.report.id);
      assert.equal(one.reportDate, '2024-03-02');
      const p1 = await store.entities({ limit: 2 });
      assert.equal(p1.items.length, 2);
      assert.equal((await store.entities({ limit: 2, cursor: p1.next })).items.length, 1);
    });
    it('replaces link items as a whole and looks them up by kind, id and ref', async () => {
      await store.replaceLinkItems([
        { kind: 'story', id: 'st1', ref: null, data: { title: 'Spill', reports: 2 } },
        { kind: 'story-report', id: a.report.id, ref: 'st1', data: {} },
        { kind: 'story-report', id: b.report.id, ref: 'st1', data: {} },
        { kind: 'entity-name', id: 'c1|maria santos', ref: 'maria santos', data: { entity: 'c1' } },
      ]);
      assert.deepEqual((await store.linkItems('story')).map((i) => i.data), [{ title: 'Spill', reports: 2 }]);
      assert.deepEqual((await store.linkItems('story-report', { ref: 'st1' })).map((i) => i.id), [a.report.id, b.report.id]);
      assert.deepEqual((await store.linkItems('story-report', { id: b.report.id })).map((i) => i.ref), ['st1']);
      assert.deepEqual(await store.linkItems('copy'), []);
      assert.equal((await store.stats()).stories, 1);
      await store.replaceLinkItems([{ kind: 'story', id: 'st2', ref: null, data: {} }]);
      assert.deepEqual((await store.linkItems('story')).map((i) => i.id), ['st2']);
      assert.deepEqual(await store.linkItems('story-report', { ref: 'st1' }), []);
    });
    it('takes link items from a generator, more than one write chunk of them, in order', async () => {
      function* rows(): Generator<LinkItem> {
        for (let n = 0; n < 4500; n++) yield { kind: 'member', id: `r${n}:e1`, ref: `c${n % 3}`, data: { n } };
      }
      await store.replaceLinkItems(rows());
      const c1 = await store.linkItems('member', { ref: 'c1' });
      assert.equal(c1.length, 1500);
      assert.deepEqual(c1.slice(0, 3).map((i) => i.data), [{ n: 1 }, { n: 4 }, { n: 7 }]);
      assert.equal((await store.linkItems('member')).length, 4500);
      assert.deepEqual(await store.linkItems('story'), []);
    });

    it('builds snippets for only the first hits when asked, and none when told not to', async () => {
      const first = await store.search('said', { snippetsFor: 1 });
      assert.equal(first.items.length, 3);
      assert.match(first.items[0].snippet, /\[said\]/i);
      assert.deepEqual(first.items.slice(1).map((h) => h.snippet), ['', '']);
      assert.deepEqual((await store.search('said', { snippets: false })).items.map((h) => h.snippet), ['', '', '']);
      const p1 = await store.search('said', { limit: 2 });
      const p2 = await store.search('said', { limit: 2, cursor: p1.next });
      assert.deepEqual([...p1.items, ...p2.items].map((h) => h.reportId).sort(), [a, b, c].map((x) => x.report.id).sort());
    });

    it('reads headers, annotations and entity names of many reports at once, in the given order', async () => {
      const heads = await store.reportHeaders([c.report.id, '0000000000000000', a.report.id]);
      assert.deepEqual(heads.map((h) => h.id), [c.report.id, a.report.id]);
      assert.deepEqual(heads[1], { id: a.report.id, date: '2024-03-02', title: a.report.title, sources: a.report.sources, outlet: null, excerpt: a.text });
      assert.equal((await store.reportHeaders([a.report.id], { text: true }))[0].text, a.text);
      assert.deepEqual(await store.reportHeaders([]), []);
      const layers = await store.reportLayers([b.report.id, a.report.id]);
      assert.deepEqual(layers.statements.map((s) => [s.reportId, s.item.id]), [[b.report.id, 's1'], [a.report.id, 's1']]);
      assert.deepEqual(layers.events.map((s) => [s.reportId, s.reportDate, s.item.id]), [[b.report.id, '2024-03-04', 'v1'], [a.report.id, '2024-03-02', 'v1']]);
      assert.deepEqual(layers.unknowns.map((s) => s.sources), [b.report.sources, a.report.sources]);
      assert.deepEqual(await store.reportLayers(['0000000000000000']), { statements: [], events: [], unknowns: [] });
      const names = await store.entityNames([c.report.id, a.report.id]);
      assert.deepEqual(names.map((n) => [n.reportId, n.name, n.type, n.key, n.aliases]), [
        [c.report.id, 'João Ferreira', 'PERSON', null, ['Ferreira']], [a.report.id, 'Maria Santos', 'PERSON', null, ['Santos']],
      ]);
      assert.deepEqual(await store.entityNames(['0000000000000000']), []);
    });

    it("counts a story's outlets, copies and gaps from its link rows, and names canonical entities", async () => {
      await store.replaceLinkItems([
        { kind: 'story', id: 'st9', ref: null, data: { title: 'Spill' } },
        { kind: 'story-report', id: a.report.id, ref: 'st9', data: {} },
        { kind: 'story-report', id: c.report.id, ref: 'st9', data: {} },
        { kind: 'story-report', id: b.report.id, ref: 'st8', data: {} },
        { kind: 'copy', id: c.report.id, ref: a.report.id, data: { reportId: c.report.id, copyOf: a.report.id, similarity: 0.9 } },
        { kind: 'closure', id: `${a.report.id}:u1`, ref: b.report.id, data: { unknown: `${a.report.id}:u1`, closedBy: b.report.id } },
        { kind: 'entity', id: 'c9', ref: 'org:spill co', data: { id: 'c9', name: 'Spill Co', type: 'ORG', members: [{ report: a.report.id }] } },
      ]);
      assert.deepEqual(await store.storyOutlets('st9'), [{ outlet: 'Atlantic Press Agency', reports: 2, copies: 1 }]);
      assert.deepEqual(await store.storyOutlets('st8'), [{ outlet: 'Coastal Herald', reports: 1, copies: 0 }]);
      assert.deepEqual(await store.storyOutlets('nope'), []);
      assert.deepEqual(await store.storyGaps('st9'), [
        { reportId: a.report.id, unknownId: 'u1', kind: 'no-response', subject: 'the port', about: 'response', closedBy: b.report.id },
        { reportId: c.report.id, unknownId: 'u1', kind: 'no-response', subject: 'the port', about: 'response', closedBy: null },
      ]);
      assert.deepEqual(await store.storyGaps('nope'), []);
      assert.deepEqual((await store.linkItemsIn('copy', [a.report.id, c.report.id])).map((i) => [i.id, i.ref]), [[c.report.id, a.report.id]]);
      assert.deepEqual((await store.linkItemsIn('story-report', [c.report.id, a.report.id])).map((i) => i.id), [c.report.id, a.report.id]);
      assert.deepEqual(await store.canonicalRefs(['nope', 'c9']), [{ id: 'c9', name: 'Spill Co', type: 'ORG' }]);
    });

    it('keeps the curation log in order, with times', async () => {
      const r1 = await store.appendCuration({ op: 'merge', into: 'Maria Santos', from: 'Santos' });
      const r2 = await store.appendCuration({ op: 'alias-add', entity: 'Maria Santos', alias: 'M. Santos' });
      assert.ok(r2.seq > r1.seq);
      assert.match(r1.at, /^\d{4}-\d{2}-\d{2}T/);
      assert.deepEqual((await store.curationLog()).map((r) => r.op.op), ['merge', 'alias-add']);
    });
  });
}
