import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ApiError } from './envelope.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Writing is off unless a token is configured; with one, the request must carry
 * `Authorization: Bearer <token>`. Compared in constant time over hashes so neither the
 * token's content nor its length leaks through timing.
 */
export function checkBearer(headers: IncomingHttpHeaders, token: string | null): void {
  if (!token) throw new ApiError(403, 'writing-disabled', 'writing is off: start the server with --token or NEWSGRAPH_TOKEN to allow it');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (!m || !timingSafeEqual(digest(m[1]), digest(token))) throw new ApiError(401, 'unauthorized', 'a valid "Authorization: Bearer <token>" header is required');
}

/** Host names that mean this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Guard against DNS rebinding while bound to loopback: a page on another site that resolves
 * its own name to 127.0.0.1 would otherwise read the store. Only loopback Host headers pass.
 */
export function isAllowedHostHeader(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d{1,5})?$/.exec(hostHeader.trim());
  return m !== null && isLoopbackHost(m[1].toLowerCase());
}
