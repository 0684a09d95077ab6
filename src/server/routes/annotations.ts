import { withClosureStatus } from '../../engine/stories.js';
import { ref } from '../openapi/schemas.js';
import { cursorParam, dateParam, dateParamSpec, enumParam, limitParam, PAGE_PARAMS, stringParam } from '../params.js';
import type { RouteSpec } from '../route.js';

/** Cross-report listings of statements, unknowns and events. */
export const annotationRoutes: RouteSpec[] = [
  {
    method: 'GET', path: '/api/statements', operationId: 'listStatements', tag: 'annotations', paginated: true,
    summary: 'Statements, newest report first, optionally by speaker',
    params: [{ name: 'speaker', in: 'query', description: 'speaker name or alias (case-insensitive; a part of the name matches)', schema: { type: 'string' } }, ...PAGE_PARAMS],
    response: { type: 'array', items: ref('StatementInReport') },
    async handle({ query, app }) {
      const page = await app.store.statements({ speaker: stringParam(query, 'speaker'), limit: limitParam(query), cursor: cursorParam(query) });
      return { data: page.items, next: page.next };
    },
  },
  {
    method: 'GET', path: '/api/unknowns', operationId: 'listUnknowns', tag: 'annotations', paginated: true,
    summary: 'Explicit gaps the reports admit, newest report first: open ones, or with `all=1` also those a later report closed',
    description: 'A gap is closed when a later report of the same story answers it (the silent party speaks, the unnamed actor is named); `closedBy` names that report. Closed gaps are left out of a page unless `all=1`, so a page may hold fewer than `limit` items and still have a `next`.',
    params: [
      { name: 'all', in: 'query', description: '`1` lists closed gaps too (default `0`: open ones only)', schema: { enum: ['0', '1'] } },
      ...PAGE_PARAMS,
    ],
    response: { type: 'array', items: ref('UnknownWithStatus') },
    async handle({ query, app }) {
      const all = enumParam(query, 'all', ['0', '1'] as const, '0') === '1';
      const page = await app.store.unknowns({ limit: limitParam(query), cursor: cursorParam(query) });
      const rows = await withClosureStatus(app.store, page.items);
      return { data: all ? rows : rows.filter((r) => r.status === 'open'), next: page.next };
    },
  },
  {
    method: 'GET', path: '/api/events', operationId: 'listEvents', tag: 'annotations', paginated: true,
    summary: 'Events in time order, optionally by entity and date range',
    params: [
      { name: 'entity', in: 'query', description: 'entity name matched as actor or target (a part of the name matches)', schema: { type: 'string' } },
      dateParamSpec('since', 'events on or after this date (the event date, else the report date)'),
      dateParamSpec('until', 'events on or before this date'),
      ...PAGE_PARAMS,
    ],
    response: { type: 'array', items: ref('EventInReport') },
    async handle({ query, app }) {
      const page = await app.store.events({
        entity: stringParam(query, 'entity'), since: dateParam(query, 'since'), until: dateParam(query, 'until'),
        limit: limitParam(query), cursor: cursorParam(query),
      });
      return { data: page.items, next: page.next };
    },
  },
];
