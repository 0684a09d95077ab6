import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runStoreContract } from '../store.contract.js';
import { fixtureAnalysis } from '../contract-fixtures.js';
import { openStore } from '../open-store.js';
import { createDatabase, pgUnavailableReason, startTestServer, type TestServer } from './throwaway-server.js';
import { openPostgresStore, type PostgresStore } from './pg-store.js';

const skip = pgUnavailableReason();
if (skip) {
  it('postgres store', { skip }, () => undefined);
} else {
  let server: TestServer;
  const drops: (() => Promise<void>)[] = [];
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    for (const d of drops) await d().catch(() => undefined);
    await server.stop();
  });
  const fresh = async () => {
    const db = await createDatabase(server);
    drops.push(db.drop);
    return db.url;
  };

  runStoreContract('postgres', async () => openPostgresStore(await fresh()));

  describe('postgres store', () => {
    let store: PostgresStore;
    let url: string;
    before(async () => {
      url = await fresh();
      store = await openPostgresStore(url);
    });
    after(async () => store.close());

    it('is what openStore returns for a postgres:// URL, and data survives reopening', async () => {
      const a = fixtureAnalysis('Maria Santos said the port reopened.', '2024-03-05', ['APA']);
      assert.equal(await store.putAnalysis(a), true);
      const again = await openStore(url);
      assert.equal(again.kind, 'postgres');
      assert.deepEqual(await again.getAnalysis(a.report.id), a);
      await again.close();
    });

    it('keeps exactly one copy when many connections put the same report at once', async () => {
      const a = fixtureAnalysis('Maria Santos said the ferry was late.', '2024-03-06', ['APA']);
      const results = await Promise.all(Array.from({ length: 8 }, () => store.putAnalysis(a)));
      assert.equal(results.filter(Boolean).length, 1);
      const n = await store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM statements WHERE report_id = $1', [a.report.id]);
      assert.equal(n.rows[0].n, 1);
    });

    it('searches with phrases, OR, NOT and prefixes, and marks matches in the snippet', async () => {
      const b = fixtureAnalysis('Officials said the Halden Star ran aground near Sines harbour.', '2024-03-07', ['Coastal Herald'], 'Officials');
      await store.putAnalysis(b);
      const cases: [string, number][] = [
        ['"Halden Star"', 1], ['"Star Halden"', 0], ['aground OR reopened', 2], ['said NOT aground', 2],
        ['agro*', 1], ['ferry', 1], ['submarine', 0], ['SINES', 1],
      ];
      for (const [q, n] of cases) assert.equal((await store.search(q)).items.length, n, q);
      assert.match((await store.search('aground')).items[0].snippet, /\[aground\]/);
    });

    it('migrates from several processes at once without error', async () => {
      await Promise.all([store.migrate(), store.migrate(), store.migrate()]);
    });

    it('says what went wrong when the server cannot be reached', async () => {
      await assert.rejects(openPostgresStore('postgres://nobody@127.0.0.1:1/none'), (e: unknown) => (e as { code?: string }).code === 'store/open-failed');
    });
  });
}
