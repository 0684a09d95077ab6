import { readFileSync } from 'node:fs';
import { packagePath } from '../../model/paths.js';
import { buildOpenApi } from '../openapi/build-openapi.js';
import type { RouteSpec } from '../route.js';
import { annotationRoutes } from './annotations.js';
import { exploreRoutes } from './explore.js';
import { postReportRoute } from './post-report.js';
import { reportRoutes } from './reports.js';
import { storyRoutes } from './stories.js';

const version = () => (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;

let openApiDoc: Record<string, unknown> | null = null;

const openApiRoute: RouteSpec = {
  method: 'GET', path: '/api/openapi.json', operationId: 'openapi', tag: 'meta', raw: true,
  summary: 'This API described as OpenAPI 3.1 (not wrapped in the envelope)',
  params: [],
  response: { type: 'object' },
  async handle() {
    openApiDoc ??= buildOpenApi(API_ROUTES, version());
    return { data: openApiDoc, raw: true };
  },
};

/** Every API route; the router and the OpenAPI document are both built from this table. */
export const API_ROUTES: RouteSpec[] = [
  ...exploreRoutes.filter((r) => r.operationId === 'search'),
  ...reportRoutes,
  postReportRoute,
  ...annotationRoutes,
  ...exploreRoutes.filter((r) => r.operationId !== 'search'),
  ...storyRoutes,
  openApiRoute,
];
