import type { JsonSchema, RouteSpec } from '../route.js';
import { ref, SCHEMAS } from './schemas.js';

const envelope = (data: JsonSchema, paginated: boolean): JsonSchema => ({
  type: 'object', required: ['ok', 'data', 'next'],
  properties: {
    ok: { const: true },
    data,
    next: { type: ['string', 'null'], description: paginated ? 'cursor of the following page, or null on the last page' : 'always null here' },
  },
});

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });

/** The OpenAPI 3.1 document, generated from the route table so the two cannot drift. */
export function buildOpenApi(routes: RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const responses: Record<string, unknown> = {
      [r.auth ? '201' : '200']: {
        description: r.raw ? 'the document itself (not wrapped in the envelope)' : 'success',
        content: { 'application/json': { schema: r.raw ? r.response : envelope(r.response, r.paginated ?? false) } },
      },
      400: errorResponse('bad parameter or body'),
      500: errorResponse('internal error (no details are leaked)'),
    };
    if (r.auth) {
      responses[200] = { description: 'already stored', content: { 'application/json': { schema: envelope(r.response, false) } } };
      responses[401] = errorResponse('missing or wrong bearer token');
      responses[403] = errorResponse('writing is off: no token is configured');
      responses[413] = errorResponse('body too large');
      responses[415] = errorResponse('body is not application/json');
    }
    if (r.params.some((p) => p.in === 'path')) responses[404] = errorResponse('not found');
    paths[r.path] ??= {};
    paths[r.path][r.method.toLowerCase()] = {
      operationId: r.operationId,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: [r.tag],
      parameters: r.params.map((p) => ({ name: p.name, in: p.in, required: p.required ?? false, description: p.description, schema: p.schema })),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: r.body } } } } : {}),
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version,
      description: 'Read the stored record of who said and did what, to whom, when, on whose word, and what is still unknown. Every response but this document uses one envelope: `{ok: true, data, next}` or `{ok: false, error: {code, message}}`. Offsets are UTF-16 code units into the report text, end-exclusive.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token given to `newsgraph serve --token` or NEWSGRAPH_TOKEN' } },
    },
  };
}
