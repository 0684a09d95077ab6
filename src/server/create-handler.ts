import type { IncomingMessage, ServerResponse } from 'node:http';
import { getDefaultPipeline } from '../engine/analyze.js';
import { StoreError, type Store } from '../store/store.js';
import { checkBearer, isAllowedHostHeader } from './auth.js';
import { ApiError, errorEnvelope, okEnvelope } from './envelope.js';
import { readJsonBody } from './read-body.js';
import { createRouter, type AppContext, type RouteSpec } from './route.js';
import { API_ROUTES } from './routes/index.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { createStaticFiles } from './static-files.js';

export interface HandlerOptions {
  store: Store;
  /** Bearer token that unlocks POST /api/reports; null or absent keeps writing off. */
  token?: string | null;
  /** Folder holding the web UI's public/ and build/ (default: the package's web/). */
  webRoot?: string;
  /** Accept only loopback Host headers (set when bound to loopback). */
  loopbackOnly?: boolean;
  /** Told about unexpected errors; the client only sees `internal`. */
  onError?: (error: unknown, req: IncomingMessage) => void;
  pipeline?: AppContext['pipeline'];
  routes?: RouteSpec[];
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(json), ...extra });
  res.end(json);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** Map any failure to a status and an envelope; only ApiError and StoreError say what went wrong. */
function failure(e: unknown): { status: number; code: string; message: string } {
  if (e instanceof ApiError) return { status: e.status, code: e.code, message: e.message };
  if (e instanceof StoreError) return { status: e.code.startsWith('search/') ? 400 : 500, code: e.code, message: e.message };
  return { status: 500, code: 'internal', message: 'internal error' };
}

/**
 * The request handler: the JSON API under /api/, the UI's files under /app/ and /vendor/,
 * and the UI's single page for every other GET. Every response carries the security headers.
 */
export function createHandler(options: HandlerOptions) {
  const routes = options.routes ?? API_ROUTES;
  const router = createRouter(routes);
  const files = createStaticFiles(options.webRoot);
  const app: AppContext = { store: options.store, token: options.token ?? null, pipeline: options.pipeline ?? getDefaultPipeline };

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const m = router.match(method === 'HEAD' ? 'GET' : method, url.pathname);
    if (!m) {
      const allowed = router.allowed(url.pathname);
      if (allowed.length > 0) return send(res, 405, errorEnvelope('method-not-allowed', `use ${allowed.join(' or ')} here`), { Allow: allowed.join(', ') });
      return send(res, 404, errorEnvelope('not-found', `no API route ${url.pathname}`));
    }
    if (m.route.auth) checkBearer(req.headers, app.token);
    const body = method === 'POST' ? await readJsonBody(req) : undefined;
    const out = await m.route.handle({ params: m.params, query: url.searchParams, body, headers: req.headers, app });
    send(res, out.status ?? 200, out.raw ? out.data : okEnvelope(out.data, out.next ?? null));
  }

  function page(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
    const isAsset = url.pathname.startsWith('/app/') || url.pathname.startsWith('/vendor/');
    const file = isAsset ? files.lookup(url.pathname) : files.index();
    if (!file) return sendText(res, isAsset ? 404 : 503, isAsset ? 'not found' : 'the web UI is not built: run `npx tsc -p web/tsconfig.json`');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Content-Length': file.sizeBytes, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') return void res.end();
    files.stream(file).pipe(res);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return send(res, 400, errorEnvelope('bad-url', 'the request URL does not parse'));
    }
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    if (options.loopbackOnly && !isAllowedHostHeader(req.headers.host)) {
      return isApi ? send(res, 403, errorEnvelope('host-not-allowed', 'this server answers only to localhost names')) : sendText(res, 403, 'host not allowed');
    }
    try {
      if (isApi) await api(req, res, url);
      else page(req, res, url);
    } catch (e) {
      const f = failure(e);
      if (f.code === 'internal' || f.status >= 500) options.onError?.(e, req);
      if (res.headersSent) return void res.destroy();
      send(res, f.status, errorEnvelope(f.code, f.message), f.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {});
    }
  };
}
