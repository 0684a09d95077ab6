import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './api-test-helpers.js';
import type { RouteSpec } from './route.js';
import { API_ROUTES } from './routes/index.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

/** A raw request, so the Host header can be anything. */
function rawGet(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

const boom: RouteSpec = {
  method: 'GET', path: '/api/boom', operationId: 'boom', tag: 'test', summary: 'fails', params: [], response: {},
  async handle() {
    throw new Error('secret detail at /home/user/db.sqlite');
  },
};

describe('API: protocol and security', () => {
  let srv: TestServer;
  const errors: unknown[] = [];
  before(async () => {
    srv = await startTestServer({ routes: [...API_ROUTES, boom], onError: (e) => errors.push(e) });
  });
  after(async () => srv.stop());

  it('sends the strict security headers on API and page responses alike', async () => {
    for (const path of ['/api/stats', '/api/nothing', '/', '/reports/abc', '/app/missing.js']) {
      const r = await srv.call(path);
      assert.equal(r.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(r.headers.get('x-frame-options'), 'DENY', path);
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer', path);
    }
    assert.match(CONTENT_SECURITY_POLICY, /default-src 'self'; script-src 'self';/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
    for (const needed of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) assert.ok(CONTENT_SECURITY_POLICY.includes(needed), needed);
  });

  it('never leaks an internal error', async () => {
    const r = await srv.call('/api/boom');
    assert.equal(r.status, 500);
    assert.deepEqual(r.body, { ok: false, error: { code: 'internal', message: 'internal error' } });
    assert.equal(errors.length, 1);
  });

  it('answers a wrong method with 405 and the allowed ones', async () => {
    const r = await srv.call('/api/reports', { method: 'DELETE' });
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'GET, POST');
    assert.equal(r.body.error.code, 'method-not-allowed');
  });

  it('answers only to loopback Host headers (DNS rebinding)', async () => {
    const cases: [string, number][] = [
      [`127.0.0.1:${srv.port}`, 200], [`localhost:${srv.port}`, 200], ['localhost', 200], [`[::1]:${srv.port}`, 200],
      ['evil.example', 403], [`evil.example:${srv.port}`, 403], ['127.0.0.1.evil.example', 403], ['localhost.evil.example', 403], ['10.0.0.5', 403],
    ];
    for (const [host, status] of cases) assert.equal((await rawGet(srv.port, '/api/stats', host)).status, status, host);
  });

  it('serves no file outside the UI folders', async () => {
    for (const path of ['/app/../package.json', '/app/%2e%2e/package.json', '/app/..%2fpackage.json', '/vendor/../../package.json', '/app/.hidden', '/vendor/unknown.mjs']) {
      const r = await rawGet(srv.port, path, '127.0.0.1');
      assert.ok(r.status === 404 || (r.status === 200 && r.body.startsWith('<!doctype html>')), `${path}: ${r.status}`);
      assert.doesNotMatch(r.body, /"name": "newsgraph"/, path);
    }
  });

  it('serves cytoscape from node_modules as an ES module', async () => {
    const r = await fetch(`${srv.url}/vendor/cytoscape.mjs`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(await r.text(), /export\s*\{/);
  });
});
