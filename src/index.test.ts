import assert from 'node:assert/strict';
import { it } from 'node:test';
import { analyze, linkReports, openStore, ingestItems, relink, listStories } from './index.js';

it('the library analyses a text, stores it and links it, as the README says', async () => {
  const a = await analyze('date 2024-03-12 Port officials said on Monday that the harbour was closed.\nSource: Harbour Times.', {});
  assert.equal(a.sentences.length, 1);
  assert.equal(a.report.date, '2024-03-12');
  assert.deepEqual(a.report.sources, ['Harbour Times']);
  await assert.rejects(analyze('date 2024-02-30 Nothing.'), /input\/malformed-date/);
  const plain = await analyze('The harbour reopened on Friday, officials said.', { date: '2024-03-15' });
  assert.equal(plain.report.date, '2024-03-15');
  const store = await openStore(':memory:');
  try {
    const s = await ingestItems(store, (async function* () {
      yield { kind: 'report' as const, report: { ...plain.report, text: plain.text, title: null, url: null, outlet: null }, warnings: [] };
    })());
    assert.equal(s.stored, 1);
    const l = await relink(store);
    assert.equal(l.stories, 1);
    assert.equal((await listStories(store))[0].reports, 1);
  } finally {
    await store.close();
  }
  assert.equal(linkReports([plain]).stories.length, 1);
});
