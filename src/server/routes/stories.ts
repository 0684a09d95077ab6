import { provenance, parseAnnotationRef } from '../../engine/provenance.js';
import { MAX_STORY_PAGE, STORY_PAGE, DISAGREEMENT_REPORTS, storyPage } from '../../engine/queries-story.js';
import { listStories } from '../../engine/stories.js';
import { decodeCursor, toPage } from '../../store/cursor.js';
import { badRequest, notFound } from '../envelope.js';
import { ref } from '../openapi/schemas.js';
import { cursorParam, limitParam, PAGE_PARAMS, stringParam } from '../params.js';
import type { RouteSpec } from '../route.js';
import { storiesOfReports, storySummary } from '../story-data.js';

/** At most this many report ids in one `report` filter (a search page's worth). */
const MAX_REPORT_FILTER = 100;

/** Report ids from a comma-separated parameter, each checked. */
function reportIdsParam(v: string | undefined): string[] | null {
  if (v === undefined) return null;
  const ids = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length > MAX_REPORT_FILTER || ids.some((id) => !/^[0-9a-f]{1,64}$/.test(id))) {
    throw badRequest('bad-param', `"report" must be up to ${MAX_REPORT_FILTER} report ids separated by commas`);
  }
  return ids;
}

/** Stories across reports, one story, and the provenance chain of a statement or event. */
export const storyRoutes: RouteSpec[] = [
  {
    method: 'GET', path: '/api/stories', operationId: 'listStories', tag: 'stories', paginated: true,
    summary: 'Stories: reports about the same happening, largest first, with report and independent-source counts',
    description: 'Syndicated copies count once, and a report crediting a news agency counts the agency as its origin. With `report`, only the stories holding those reports.',
    params: [
      { name: 'report', in: 'query', description: `only stories holding one of these reports (ids separated by commas, at most ${MAX_REPORT_FILTER})`, schema: { type: 'string' } },
      ...PAGE_PARAMS,
    ],
    response: { type: 'array', items: ref('StorySummary') },
    async handle({ query, app }) {
      const reports = reportIdsParam(stringParam(query, 'report', MAX_REPORT_FILTER * 17));
      const all = reports ? await storiesOfReports(app.store, reports) : await listStories(app.store);
      const limit = limitParam(query);
      const offset = decodeCursor(cursorParam(query));
      const page = toPage(all.slice(offset, offset + limit + 1), offset, limit);
      const data = [];
      for (const s of page.items) data.push(await storySummary(app.store, s));
      return { data, next: page.next };
    },
  },
  {
    method: 'GET', path: '/api/stories/{id}', operationId: 'getStory', tag: 'stories', paginated: true,
    summary: 'One story, a page of its reports at a time: reports by date (copies marked) with their statements, events and open and closed gaps; story-wide outlets, copies, gap counts and disagreements side by side',
    description: `Story-wide figures come from the stored links, whatever the page. Disagreements are looked for among the first ${DISAGREEMENT_REPORTS} independent reports (\`disagreementScope\` says how many of how many). \`next\` continues the reports.`,
    params: [
      { name: 'id', in: 'path', required: true, description: 'the story id (as `GET /api/stories` lists it)', schema: { type: 'string' } },
      { name: 'limit', in: 'query', description: `reports per page (1 to ${MAX_STORY_PAGE}, default ${STORY_PAGE})`, schema: { type: 'integer', minimum: 1, maximum: MAX_STORY_PAGE } },
      PAGE_PARAMS[1],
    ],
    response: ref('StoryPage'),
    async handle({ params, query, app }) {
      const limit = limitParam(query, STORY_PAGE, MAX_STORY_PAGE);
      const got = /^[A-Za-z0-9_-]{1,80}$/.test(params.id) ? await storyPage(app.store, params.id, { limit, cursor: cursorParam(query) }) : null;
      if (!got) throw notFound(`story ${JSON.stringify(params.id)}`);
      return { data: got.view, next: got.next };
    },
  },
  {
    method: 'GET', path: '/api/provenance/{id}', operationId: 'getProvenance', tag: 'stories',
    summary: 'Provenance of a statement or event: report → credited sources → speaker → cue and content spans → linked events',
    params: [{ name: 'id', in: 'path', required: true, description: '`<reportId>:<statement or event id>`, e.g. `3d9709e397ac1345:st4`', schema: { type: 'string' } }],
    response: ref('Provenance'),
    async handle({ params, app }) {
      if (!parseAnnotationRef(params.id)) throw badRequest('bad-param', 'the id must be <report id>:<statement or event id>, e.g. 3d9709e397ac1345:st4');
      const chain = await provenance(app.store, params.id);
      if (!chain) throw notFound(`statement or event ${JSON.stringify(params.id)}`);
      return { data: chain };
    },
  },
];
