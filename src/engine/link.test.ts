import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exampleFiles } from '../cli/commands/demo.js';
import type { Story } from '../link/types.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { ingestPaths } from './ingest.js';
import { linkReports } from '../link/link-reports.js';
import { relink, toLinkItems } from './link.js';
import { loadAllAnalyses } from './load-analyses.js';
import { listStories, storyView, type StoryView } from './stories.js';

// End to end on the bundled demo corpus (examples/README.md lists the facts relied on here).
describe('linking the demo corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-link-'));
  let store: Store;
  let stories: Story[];
  let view: StoryView;
  const file = (n: string) => exampleFiles().find((f) => f.includes(`/${n}_`))!;
  const idOf = new Map<string, string>();

  before(async () => {
    store = await openSqliteStore(join(dir, 'demo.db'));
    for (const n of ['002', '003', '004', '007']) {
      const s = await ingestPaths(store, [file(n)]);
      idOf.set(n, s.storedIds[0]);
    }
    await ingestPaths(store, exampleFiles());
    await relink(store);
    stories = await listStories(store);
    view = (await storyView(store, stories[0].id))!;
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes the fifteen reports one story', () => {
    assert.equal(stories.length, 1);
    assert.equal(stories[0].reports, 15);
  });

  it('detects the two reprints as copies of the wire story', () => {
    const copies = view.reportList.filter((r) => r.copyOf).map((r) => [r.id, r.copyOf]);
    assert.deepEqual(copies.sort(), [[idOf.get('003'), idOf.get('002')], [idOf.get('004'), idOf.get('002')]].sort());
  });

  it('counts the seven outlets as seven independent sources, the reprints counting as APA', () => {
    assert.equal(stories[0].independentSources, 7);
    assert.ok(stories[0].origins.includes('APA'));
  });

  it('closes the company\'s no-response gap with its later statement', () => {
    const gaps = view.unknowns.filter((u) => u.kind === 'no-response' && u.reportId === idOf.get('002'));
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0].status, 'closed');
    const closer = gaps[0].closedBy!.closedBy;
    assert.ok(closer === idOf.get('007') || view.reportList.find((r) => r.id === closer)!.date! >= '2024-03-13', closer);
  });

  it('puts 40 and 120 tonnes of fuel side by side', () => {
    const d = view.disagreements.find((x) => x.kind === 'number' && /tonnes of .*fuel/.test(x.about));
    assert.ok(d, JSON.stringify(view.disagreements.map((x) => x.about)));
    assert.deepEqual(d.sides.map((s) => s.value), ['40', '120']);
    assert.ok(d.sides.every((s) => s.claims.length > 0 && s.claims.every((c) => c.reportId && c.text)));
  });

  it('stores, from slim reports and story-by-story gap closing, exactly the links of linking every full analysis at once', async () => {
    const expected = toLinkItems(linkReports(await loadAllAnalyses(store), await store.curationLog()));
    assert.ok(expected.some((i) => i.kind === 'closure') && expected.some((i) => i.kind === 'copy'));
    for (const kind of ['entity', 'entity-name', 'member', 'copy', 'story', 'story-report', 'closure'] as const) {
      const key = (i: { id: string }) => i.id;
      const got = (await store.linkItems(kind)).map((i) => ({ ...i, data: JSON.parse(JSON.stringify(i.data)) as unknown })).sort((a, b) => key(a).localeCompare(key(b)));
      const want = expected.filter((i) => i.kind === kind).map((i) => ({ ...i, data: JSON.parse(JSON.stringify(i.data)) as unknown })).sort((a, b) => key(a).localeCompare(key(b)));
      assert.deepEqual(got, want, kind);
    }
  });

  it('gives the same links when linked again', async () => {
    const before = JSON.stringify(await store.linkItems('story'));
    await relink(store);
    assert.equal(JSON.stringify(await store.linkItems('story')), before);
  });
});
