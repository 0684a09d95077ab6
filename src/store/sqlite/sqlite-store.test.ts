import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { runStoreContract } from '../store.contract.js';
import { openSqliteStore } from './sqlite-store.js';
import { fixtureAnalysis } from '../contract-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
runStoreContract('sqlite', () => openSqliteStore(join(dir, `store-${n++}.db`)));

it('sqlite: data survives closing and reopening the file', async () => {
  const path = join(dir, 'reopen.db');
  const s1 = await openSqliteStore(path);
  const a = fixtureAnalysis('Maria Santos said the port reopened.', '2024-03-05', ['APA']);
  await s1.putAnalysis(a);
  await s1.close();
  const s2 = await openSqliteStore(path);
  assert.deepEqual(await s2.getAnalysis(a.report.id), a);
  await s2.close();
});
