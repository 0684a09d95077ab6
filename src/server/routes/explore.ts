import { buildGraph } from '../../engine/queries-graph.js';
import { searchWithFacets, SEARCH_SCOPE } from '../../engine/queries-search.js';
import { apiEntityPage } from '../entity-data.js';
import { notFound } from '../envelope.js';
import { ref } from '../openapi/schemas.js';
import { cursorParam, dateParam, dateParamSpec, enumParam, limitParam, PAGE_PARAMS, requiredParam, stringParam } from '../params.js';
import type { RouteSpec } from '../route.js';

/** Search, stats, entity pages and the actor graph. */
export const exploreRoutes: RouteSpec[] = [
  {
    method: 'GET', path: '/api/search', operationId: 'search', tag: 'explore', paginated: true,
    summary: 'Search reports, or the statements inside them, with facets',
    description: `Bare words must all appear (accents and case are ignored); "quoted phrases", AND, OR, NOT and prefix* work as in SQLite FTS5. Filters and facets cover the best ${SEARCH_SCOPE} matching reports (\`capped\` says when there were more).`,
    params: [
      { name: 'q', in: 'query', required: true, description: 'the words to find', schema: { type: 'string', minLength: 1 } },
      { name: 'type', in: 'query', description: '`report` (default) lists reports; `statement` lists statements in the matching reports whose speaker or content holds a query word', schema: { enum: ['report', 'statement'] } },
      { name: 'outlet', in: 'query', description: 'only reports crediting this source', schema: { type: 'string' } },
      { name: 'entity', in: 'query', description: 'only reports mentioning this entity (name or alias, exact)', schema: { type: 'string' } },
      dateParamSpec('since', 'only reports dated on or after this date'),
      dateParamSpec('until', 'only reports dated on or before this date'),
      ...PAGE_PARAMS,
    ],
    response: ref('SearchResult'),
    async handle({ query, app }) {
      const { result, next } = await searchWithFacets(app.store, requiredParam(query, 'q'), {
        type: enumParam(query, 'type', ['report', 'statement'] as const, 'report'),
        outlet: stringParam(query, 'outlet'), entity: stringParam(query, 'entity'),
        since: dateParam(query, 'since'), until: dateParam(query, 'until'),
      }, { limit: limitParam(query, 20, 100), cursor: cursorParam(query) });
      return { data: result, next };
    },
  },
  {
    method: 'GET', path: '/api/stats', operationId: 'stats', tag: 'explore',
    summary: 'Counts of reports, sources and every annotation layer',
    params: [],
    response: ref('Stats'),
    async handle({ app }) {
      return { data: await app.store.stats() };
    },
  },
  {
    method: 'GET', path: '/api/entities/{name}', operationId: 'getEntity', tag: 'explore',
    summary: 'An entity: aliases, roles, statements by and about it, events, co-occurring actors, and its canonical identity and stories',
    description: 'When reports have been linked, `canonical` is the one entity across reports (aliases, roles over time, affiliations, curation edits) and `name` and `aliases` are its own; `stories` lists the stories it appears in.',
    params: [{ name: 'name', in: 'path', required: true, description: 'a name, alias or linking key (case-insensitive)', schema: { type: 'string' } }],
    response: ref('EntityPage'),
    async handle({ params, app }) {
      if (params.name.length > 200) throw notFound('entity');
      const page = await apiEntityPage(app.store, params.name);
      if (!page) throw notFound(`entity ${JSON.stringify(params.name)}`);
      return { data: page };
    },
  },
  {
    method: 'GET', path: '/api/graph', operationId: 'graph', tag: 'explore', paginated: true,
    summary: 'Actor graph: entities as nodes; statements (speaker → entity in the content) and events (actor → target) as edges',
    description: 'Reads reports newest first, `limit` at a time; `next` reads the following ones, to merge on the client.',
    params: [
      dateParamSpec('since', 'only reports dated on or after this date'),
      dateParamSpec('until', 'only reports dated on or before this date'),
      { name: 'kind', in: 'query', description: '`statement`, `event` or both (default)', schema: { enum: ['statement', 'event', 'all'] } },
      ...PAGE_PARAMS,
    ],
    response: ref('Graph'),
    async handle({ query, app }) {
      const kind = enumParam(query, 'kind', ['statement', 'event', 'all'] as const, 'all');
      const { graph, next } = await buildGraph(app.store, {
        since: dateParam(query, 'since'), until: dateParam(query, 'until'),
        kinds: kind === 'all' ? ['statement', 'event'] : [kind],
        limit: limitParam(query, 200, 500), cursor: cursorParam(query),
      });
      return { data: graph, next };
    },
  },
];
