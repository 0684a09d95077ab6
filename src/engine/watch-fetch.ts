import { stat, readFile } from 'node:fs/promises';
import type { FeedState } from './watch-state.js';

export type FetchResult =
  | { status: 'ok'; bytes: Uint8Array; etag: string | null; lastModified: string | null; contentType: string | null }
  | { status: 'not-modified' }
  | { status: 'error'; message: string };

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
}

/** True for an http(s) address; anything else is a file path. */
export function isFeedUrl(feed: string): boolean {
  return /^https?:\/\//i.test(feed);
}

/**
 * Fetch a feed once, conditionally: an HTTP feed is asked with If-None-Match / If-Modified-Since
 * from the last poll (304 → not-modified); a file is re-read only when its mtime changed. The
 * body is refused past `maxBytes` while it streams, and a stalled server times out.
 */
export async function fetchFeed(feed: string, state: FeedState, options: FetchOptions): Promise<FetchResult> {
  if (!isFeedUrl(feed)) {
    try {
      const st = await stat(feed);
      const mtime = st.mtime.toISOString();
      if (state.lastModified === mtime) return { status: 'not-modified' };
      if (st.size > options.maxBytes) return { status: 'error', message: `${st.size} bytes is over the limit of ${options.maxBytes} bytes` };
      return { status: 'ok', bytes: await readFile(feed), etag: null, lastModified: mtime, contentType: null };
    } catch (e) {
      return { status: 'error', message: (e as Error).message };
    }
  }
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { 'user-agent': 'newsgraph-watch', accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  try {
    const res = await fetch(feed, { headers, signal, redirect: 'follow' });
    if (res.status === 304) {
      await res.body?.cancel();
      return { status: 'not-modified' };
    }
    if (!res.ok) {
      await res.body?.cancel();
      return { status: 'error', message: `HTTP ${res.status} ${res.statusText}`.trim() };
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      await res.body?.cancel();
      return { status: 'error', message: `${declared} bytes is over the limit of ${options.maxBytes} bytes` };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > options.maxBytes) return { status: 'error', message: `over the limit of ${options.maxBytes} bytes` };
        chunks.push(chunk);
      }
    }
    return { status: 'ok', bytes: Buffer.concat(chunks), etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), contentType: res.headers.get('content-type') };
  } catch (e) {
    const err = e as Error & { cause?: Error };
    const reason = err.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : err.cause?.message ?? err.message;
    return { status: 'error', message: reason };
  }
}
