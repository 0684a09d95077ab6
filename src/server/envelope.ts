/** The one JSON envelope every API response uses. */
export type Envelope<T> =
  | { ok: true; data: T; next: string | null }
  | { ok: false; error: { code: string; message: string } };

/** A failure the client can act on: HTTP status, stable code, plain message (never a stack). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** A successful envelope; `next` is the cursor of the following page, or null. */
export function okEnvelope<T>(data: T, next: string | null = null): Envelope<T> {
  return { ok: true, data, next };
}

/** A failed envelope. */
export function errorEnvelope(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

export const notFound = (what: string) => new ApiError(404, 'not-found', `${what} not found`);
export const badRequest = (code: string, message: string) => new ApiError(400, code, message);
