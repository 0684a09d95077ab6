import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './api-test-helpers.js';
import { API_ROUTES } from './routes/index.js';

/** Every `$ref` in a JSON value. */
function refs(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => refs(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string') out.push(x);
      else refs(x, out);
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  let srv: TestServer;
  let doc: any;
  before(async () => {
    srv = await startTestServer();
    doc = (await srv.call('/api/openapi.json')).body;
  });
  after(async () => srv.stop());

  it('is OpenAPI 3.1, served raw', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.ok, undefined);
    assert.equal(typeof doc.info.version, 'string');
  });

  it('lists exactly the routes the server answers', () => {
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    assert.deepEqual(documented, API_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    for (const needed of ['GET /api/search', 'GET /api/reports', 'GET /api/reports/{id}', 'POST /api/reports', 'GET /api/statements', 'GET /api/unknowns', 'GET /api/events', 'GET /api/stats', 'GET /api/entities/{name}', 'GET /api/stories', 'GET /api/stories/{id}', 'GET /api/provenance/{id}', 'GET /api/openapi.json']) {
      assert.ok(documented.includes(needed), needed);
    }
  });

  it('declares every path parameter and every query parameter a handler reads', () => {
    for (const r of API_ROUTES) {
      const holes = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = doc.paths[r.path][r.method.toLowerCase()].parameters.filter((p: any) => p.in === 'path').map((p: any) => p.name);
      assert.deepEqual(declared, holes, r.path);
      const src = r.handle.toString();
      const readQuery = [...src.matchAll(/(?:stringParam|dateParam|requiredParam|enumParam)\(query, '(\w+)'/g)].map((m) => m[1]);
      if (/limitParam\(query/.test(src)) readQuery.push('limit');
      if (/cursorParam\(query/.test(src)) readQuery.push('cursor');
      const documented = r.params.filter((p) => p.in === 'query').map((p) => p.name);
      assert.deepEqual([...new Set(readQuery)].sort(), documented.sort(), `${r.method} ${r.path}`);
    }
  });

  it('resolves every $ref and documents auth on the writing route', () => {
    for (const ref of refs(doc)) {
      const name = ref.replace('#/components/schemas/', '');
      assert.ok(doc.components.schemas[name], ref);
    }
    assert.deepEqual(doc.paths['/api/reports'].post.security, [{ bearer: [] }]);
    assert.equal(doc.components.securitySchemes.bearer.scheme, 'bearer');
  });

  it('answers each documented GET route without a server error', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!(ops as any).get) continue;
      const url = path.replace('{id}', '0000000000000000').replace('{name}', 'Vellmar%20Shipping') + (path === '/api/search' ? '?q=port' : '');
      const r = await srv.call(url);
      assert.ok(r.status < 500, `${path}: ${r.status}`);
    }
  });
});
