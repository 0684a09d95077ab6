import type { Pipeline } from '../nlp/pipeline.js';
import type { Store } from '../store/store.js';

/** A JSON Schema object, as OpenAPI 3.1 uses it. */
export type JsonSchema = Record<string, unknown>;

export interface ParamSpec {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: JsonSchema;
}

/** What a handler sees: decoded path parameters, the query string, the parsed body. */
export interface ApiRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  app: AppContext;
}

/** What a handler returns: the envelope's `data` and `next`, or a raw JSON document. */
export interface ApiResult {
  data: unknown;
  next?: string | null;
  status?: number;
  /** Send `data` as is, without the envelope (the OpenAPI document). */
  raw?: boolean;
}

/** Shared, long-lived parts every handler may use. */
export interface AppContext {
  store: Store;
  /** The bearer token that unlocks writing, or null when writing is off. */
  token: string | null;
  pipeline: () => Promise<Pipeline>;
}

/**
 * One API route, declared as data so the router and the OpenAPI document come from the same
 * table (a test checks they agree). `path` is in OpenAPI form: `/api/reports/{id}`.
 */
export interface RouteSpec {
  method: 'GET' | 'POST';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params: ParamSpec[];
  /** Schema of the JSON request body, for POST. */
  body?: JsonSchema;
  /** Schema of the envelope's `data` (or of the raw document). */
  response: JsonSchema;
  paginated?: boolean;
  /** Needs the bearer token. */
  auth?: boolean;
  raw?: boolean;
  handle(req: ApiRequest): Promise<ApiResult>;
}

export interface RouteMatch {
  route: RouteSpec;
  params: Record<string, string>;
}

/** Split an OpenAPI path into literal segments and `{name}` holes. */
function compile(path: string): (string | { param: string })[] {
  return path.split('/').slice(1).map((s) => {
    const m = /^\{(\w+)\}$/.exec(s);
    return m ? { param: m[1] } : s;
  });
}

/**
 * A router over a route table. `match` returns the route for a method and path, `allowed`
 * the methods a path accepts (for 405 answers). Path parameters are URI-decoded; a segment
 * that does not decode does not match.
 */
export function createRouter(routes: RouteSpec[]) {
  const compiled = routes.map((route) => ({ route, parts: compile(route.path) }));
  const matchPath = (parts: ReturnType<typeof compile>, segments: string[]): Record<string, string> | null => {
    if (parts.length !== segments.length) return null;
    const params: Record<string, string> = {};
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (typeof p === 'string') {
        if (p !== segments[i]) return null;
      } else {
        if (segments[i] === '') return null;
        try {
          params[p.param] = decodeURIComponent(segments[i]);
        } catch {
          return null;
        }
      }
    }
    return params;
  };
  return {
    match(method: string, pathname: string): RouteMatch | null {
      const segments = pathname.split('/').slice(1);
      for (const c of compiled) {
        if (c.route.method !== method) continue;
        const params = matchPath(c.parts, segments);
        if (params) return { route: c.route, params };
      }
      return null;
    },
    allowed(pathname: string): string[] {
      const segments = pathname.split('/').slice(1);
      return compiled.filter((c) => matchPath(c.parts, segments)).map((c) => c.route.method);
    },
  };
}
