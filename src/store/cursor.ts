/** Opaque page cursors: an offset, base64url-encoded so clients do not build them by hand. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** Decode a cursor; a malformed one starts from the beginning. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : 0;
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

/** Clamp a requested page size. */
export function pageSize(limit: number | undefined): number {
  if (!limit || limit < 1) return DEFAULT_PAGE;
  return Math.min(limit, MAX_PAGE);
}

/** Build a page from `limit + 1` fetched rows. */
export function toPage<T>(rows: T[], offset: number, limit: number): { items: T[]; next: string | null } {
  const more = rows.length > limit;
  return { items: more ? rows.slice(0, limit) : rows, next: more ? encodeCursor(offset + limit) : null };
}
