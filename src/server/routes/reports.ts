import { notFound } from '../envelope.js';
import { ref } from '../openapi/schemas.js';
import { cursorParam, dateParam, dateParamSpec, limitParam, PAGE_PARAMS, stringParam } from '../params.js';
import type { RouteSpec } from '../route.js';

/** GET /api/reports and GET /api/reports/{id}. */
export const reportRoutes: RouteSpec[] = [
  {
    method: 'GET', path: '/api/reports', operationId: 'listReports', tag: 'reports', paginated: true,
    summary: 'List reports, newest first',
    params: [
      dateParamSpec('since', 'only reports dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)'),
      dateParamSpec('until', 'only reports dated on or before this date (a prefix includes the whole month or year)'),
      { name: 'source', in: 'query', description: 'only reports crediting this source (case-insensitive, exact)', schema: { type: 'string' } },
      ...PAGE_PARAMS,
    ],
    response: { type: 'array', items: ref('ReportSummary') },
    async handle({ query, app }) {
      const page = await app.store.listReports({
        since: dateParam(query, 'since'), until: dateParam(query, 'until'), source: stringParam(query, 'source'),
        limit: limitParam(query), cursor: cursorParam(query),
      });
      return { data: page.items, next: page.next };
    },
  },
  {
    method: 'GET', path: '/api/reports/{id}', operationId: 'getReport', tag: 'reports',
    summary: 'One report with all its annotations (the analyze JSON)',
    params: [{ name: 'id', in: 'path', required: true, description: 'the report id (16 hex digits)', schema: { type: 'string' } }],
    response: ref('Analysis'),
    async handle({ params, app }) {
      const a = /^[0-9a-f]{1,64}$/.test(params.id) ? await app.store.getAnalysis(params.id) : null;
      if (!a) throw notFound(`report ${JSON.stringify(params.id)}`);
      return { data: a };
    },
  },
];
