/** The UI's only door to data: GET requests to the JSON API, unwrapped from the envelope. */

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export interface Paged<T> { data: T; next: string | null }

type Params = Record<string, string | number | null | undefined>;

/** Build an API path with query parameters (empty ones left out). */
export function apiPath(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** GET an API path; resolves to `{data, next}` or throws ApiFailure with the envelope's error. */
export async function get<T>(path: string, params: Params = {}): Promise<Paged<T>> {
  let res: Response;
  try {
    res = await fetch(apiPath(path, params), { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiFailure(0, 'network', 'the server cannot be reached');
  }
  let body: { ok: boolean; data?: T; next?: string | null; error?: { code: string; message: string } };
  try {
    body = await res.json();
  } catch {
    throw new ApiFailure(res.status, 'bad-response', `the server answered ${res.status} without JSON`);
  }
  if (!body.ok) throw new ApiFailure(res.status, body.error?.code ?? 'error', body.error?.message ?? 'request failed');
  return { data: body.data as T, next: body.next ?? null };
}
