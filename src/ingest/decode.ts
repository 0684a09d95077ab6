import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';

export interface DecodeLimits {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
}

export type Decoded = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Check raw bytes and decode them as UTF-8 (BOM dropped). Rejects empty input, NUL bytes
 * (binary), invalid UTF-8 and input over the size limit, each with its own code.
 */
export function decodeText(bytes: Uint8Array, file: string, limits: DecodeLimits, line?: number): Decoded {
  const place = line === undefined ? { file, source: 'reader' } : { file, line, source: 'reader' };
  const fail = (code: string, message: string): Decoded => ({ ok: false, diagnostic: createDiagnostic('error', code, message, place) });
  if (bytes.length > limits.maxBytes) {
    return fail('input/too-large', `${bytes.length} bytes is over the limit of ${limits.maxBytes} bytes (raise it with --max-bytes)`);
  }
  if (bytes.length === 0) return fail('input/empty', 'empty input');
  if (bytes.indexOf(0) >= 0) return fail('input/binary', 'binary data (NUL bytes), not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('input/invalid-utf8', 'not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('input/empty', 'only whitespace');
  return { ok: true, text };
}
