import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './api-test-helpers.js';

const TOKEN = 'test-token-123456';
const json = (body: unknown, auth: string | null = `Bearer ${TOKEN}`): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('API: writing is off without a token', () => {
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer();
  });
  after(async () => srv.stop());

  it('refuses POST /api/reports with 403, whatever the header says', async () => {
    for (const auth of [null, 'Bearer anything', `Bearer ${TOKEN}`]) {
      const r = await srv.call('/api/reports', json({ text: 'A short report.' }, auth));
      assert.equal(r.status, 403, String(auth));
      assert.equal(r.body.error.code, 'writing-disabled');
    }
    assert.equal((await srv.call('/api/stats')).body.data.reports, 3);
  });
});

describe('API: writing with a token', () => {
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer({ token: TOKEN });
  });
  after(async () => srv.stop());

  it('needs the exact bearer token', async () => {
    const cases: [string | null, number][] = [[null, 401], ['Bearer wrong-token-000', 401], [`Basic ${TOKEN}`, 401], [`Bearer ${TOKEN}x`, 401], [TOKEN, 401]];
    for (const [auth, status] of cases) {
      const r = await srv.call('/api/reports', json({ text: 'A short report.' }, auth));
      assert.equal(r.status, status, String(auth));
      assert.equal(r.body.error.code, 'unauthorized');
      assert.equal(r.headers.get('www-authenticate'), 'Bearer');
    }
  });

  it('rejects bad bodies, naming the problem', async () => {
    const cases: [unknown, string][] = [
      ['not json', 'bad-json'], [[1, 2], 'bad-body'], [{}, 'bad-body'], [{ text: '   ' }, 'bad-body'], [{ text: 'x', date: '11/03/2024' }, 'bad-body'],
      [{ text: 'x', sources: 'APA' }, 'bad-body'], [{ text: 'x', url: 'javascript:alert(1)' }, 'bad-body'], [{ text: 'x', extra: 1 }, 'bad-body'],
      [{ text: 'x', title: 5 }, 'bad-body'],
    ];
    for (const [body, code] of cases) {
      const r = await srv.call('/api/reports', json(body));
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(r.body.error.code, code, JSON.stringify(body));
    }
    const plain = await srv.call('/api/reports', { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain' }, body: 'x' });
    assert.equal(plain.status, 415);
    const big = await srv.call('/api/reports', json({ text: 'x'.repeat(1_100_000) }));
    assert.equal(big.status, 413);
  });

  it('stores a report once and serves it back', async () => {
    const body = { text: 'The port of Sines reopened on Tuesday, the harbour master said.', date: '2024-03-19', sources: ['APA'], title: 'Port reopens' };
    const first = await srv.call('/api/reports', json(body));
    assert.equal(first.status, 201);
    assert.equal(first.body.data.stored, true);
    assert.match(first.body.data.id, /^[0-9a-f]{16}$/);
    // Storing does not relink: the answer says so and how to link.
    assert.equal(first.body.data.linked, false);
    assert.match(first.body.data.hint, /newsgraph link/);
    const again = await srv.call('/api/reports', json(body));
    assert.equal(again.status, 200);
    assert.deepEqual(again.body.data, { id: first.body.data.id, stored: false, linked: false, hint: first.body.data.hint });
    const got = await srv.call(`/api/reports/${first.body.data.id}`);
    assert.equal(got.body.data.report.title, 'Port reopens');
    assert.equal(got.body.data.text, body.text);
    assert.equal((await srv.call('/api/stats')).body.data.reports, 4);
  });
});
