import { DEFAULT_PAGE, MAX_PAGE } from '../store/cursor.js';
import { badRequest } from './envelope.js';
import type { ParamSpec } from './route.js';

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A short optional string parameter; empty means absent. */
export function stringParam(query: URLSearchParams, name: string, maxLength = 200): string | undefined {
  const v = query.get(name);
  if (v === null || v.trim() === '') return undefined;
  if (v.length > maxLength) throw badRequest('bad-param', `"${name}" is longer than ${maxLength} characters`);
  return v.trim();
}

/** A required string parameter. */
export function requiredParam(query: URLSearchParams, name: string, maxLength = 500): string {
  const v = stringParam(query, name, maxLength);
  if (v === undefined) throw badRequest('missing-param', `"${name}" is required`);
  return v;
}

/** An ISO date or a prefix of one (2024, 2024-03, 2024-03-11). */
export function dateParam(query: URLSearchParams, name: string): string | undefined {
  const v = stringParam(query, name, 10);
  if (v !== undefined && !DATE_PREFIX.test(v)) throw badRequest('bad-param', `"${name}" must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(v)}`);
  return v;
}

/** Page size: 1..MAX_PAGE, default DEFAULT_PAGE. */
export function limitParam(query: URLSearchParams, fallback = DEFAULT_PAGE, max = MAX_PAGE): number {
  const v = query.get('limit');
  if (v === null || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw badRequest('bad-param', `"limit" must be a whole number from 1 to ${max}`);
  return n;
}

/** An opaque cursor from an earlier page's `next`. */
export function cursorParam(query: URLSearchParams): string | null {
  const v = query.get('cursor');
  if (v === null || v === '') return null;
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(v)) throw badRequest('bad-param', '"cursor" is not a cursor this API returned');
  return v;
}

/** One of a fixed set of words. */
export function enumParam<T extends string>(query: URLSearchParams, name: string, values: readonly T[], fallback: T): T {
  const v = query.get(name);
  if (v === null || v === '') return fallback;
  if (!(values as readonly string[]).includes(v)) throw badRequest('bad-param', `"${name}" must be one of ${values.join(', ')}`);
  return v as T;
}

/** The OpenAPI description of the two paging parameters. */
export const PAGE_PARAMS: ParamSpec[] = [
  { name: 'limit', in: 'query', description: `page size (1 to ${MAX_PAGE}, default ${DEFAULT_PAGE})`, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE } },
  { name: 'cursor', in: 'query', description: 'the `next` value of the previous page', schema: { type: 'string' } },
];

export const dateParamSpec = (name: string, description: string): ParamSpec => ({
  name, in: 'query', description, schema: { type: 'string', pattern: DATE_PREFIX.source },
});
