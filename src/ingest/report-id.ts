import { createHash } from 'node:crypto';

/** Collapse whitespace and Unicode-normalise, so trivial re-encodings hash alike. */
export function normaliseBody(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Stable report id: 16 hex digits of SHA-256 over the normalised body, the date and the
 * credited sources (case-folded, sorted). Ingesting the same report again yields the same id.
 */
export function reportId(text: string, date: string | null, sources: string[]): string {
  const src = sources.map((s) => s.trim().toLowerCase()).sort();
  return createHash('sha256').update(JSON.stringify([normaliseBody(text), date ?? '', src])).digest('hex').slice(0, 16);
}
