import { docToAnalysis } from '../../engine/analyze.js';
import { finishReport } from '../../ingest/finish-report.js';
import type { Store } from '../../store/store.js';
import { badRequest } from '../envelope.js';
import { ref } from '../openapi/schemas.js';
import type { RouteSpec } from '../route.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionalString(body: Record<string, unknown>, name: string, max: number): string | null {
  const v = body[name];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string' || v.length > max) throw badRequest('bad-body', `"${name}" must be a string of at most ${max} characters`);
  return v;
}

/** Check the JSON body of POST /api/reports field by field, naming the first bad one. */
export function parseNewReport(body: unknown) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('bad-body', 'the body must be a JSON object');
  const b = body as Record<string, unknown>;
  const unknownField = Object.keys(b).find((k) => !['text', 'date', 'sources', 'title', 'url'].includes(k));
  if (unknownField) throw badRequest('bad-body', `unknown field ${JSON.stringify(unknownField)}`);
  if (typeof b.text !== 'string' || b.text.trim() === '') throw badRequest('bad-body', '"text" must be a non-empty string');
  if (b.text.length > 200_000) throw badRequest('bad-body', '"text" is longer than 200000 characters');
  const date = optionalString(b, 'date', 10);
  if (date !== null && (!DATE.test(date) || Number.isNaN(Date.parse(date)))) throw badRequest('bad-body', '"date" must be YYYY-MM-DD');
  let sources: string[] = [];
  if (b.sources !== undefined && b.sources !== null) {
    if (!Array.isArray(b.sources) || b.sources.length > 20 || !b.sources.every((s) => typeof s === 'string' && s.length <= 200)) {
      throw badRequest('bad-body', '"sources" must be an array of at most 20 strings of at most 200 characters');
    }
    sources = b.sources as string[];
  }
  const url = optionalString(b, 'url', 2000);
  if (url !== null && !/^https?:\/\//i.test(url)) throw badRequest('bad-body', '"url" must start with http:// or https://');
  return finishReport({ text: b.text.replace(/\r\n?/g, '\n').trim(), date, sources, title: optionalString(b, 'title', 500), url, origin: { file: 'http' } });
}

export const LINK_HINT = 'stored but not linked yet: run `newsgraph link` to add it to stories, canonical entities and closed gaps';

/**
 * What a POST answers. A report is linked once a relink has placed it in a story (every
 * report gets one); until then stories, canonical entities and closed gaps do not know it.
 */
async function answer(store: Store, id: string, stored: boolean) {
  const linked = (await store.linkItems('story-report', { id })).length > 0;
  return linked ? { id, stored, linked } : { id, stored, linked, hint: LINK_HINT };
}

/** POST /api/reports: analyse and store one report (needs the bearer token); links are not rebuilt. */
export const postReportRoute: RouteSpec = {
  method: 'POST', path: '/api/reports', operationId: 'createReport', tag: 'reports', auth: true,
  summary: 'Analyse and store a report (off unless a token is configured)',
  description: 'Needs `Authorization: Bearer <token>`. Answers 201 when stored, 200 when the same report (same body, date and sources) was already stored. Storing does not relink (relinking reads every report): `linked` says whether the report is in the stored links yet, and `hint` says how to link it.',
  params: [],
  body: ref('NewReport'),
  response: ref('Stored'),
  async handle({ body, app }) {
    const report = parseNewReport(body);
    if (await app.store.hasReport(report.id)) return { data: await answer(app.store, report.id, false), status: 200 };
    const pipeline = await app.pipeline();
    const analysis = docToAnalysis(pipeline.run(report));
    const stored = await app.store.putAnalysis(analysis, { file: 'http' });
    return { data: await answer(app.store, report.id, stored), status: stored ? 201 : 200 };
  },
};
