import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import { createDiagnostic } from '../model/diagnostic.js';
import { charsetFromContentType } from './encoding.js';
import { parseHtmlReport } from './html-reader.js';
import { parseLooseDate } from './loose-date.js';
import { DEFAULT_MAX_FILE_BYTES, type ReadItem } from './read-item.js';

export interface WarcReadOptions {
  /** Report date for pages that state none; otherwise the capture date is used, with a warning. */
  date?: string | null;
  /** Largest page payload, in bytes after decompression. */
  maxPageBytes?: number;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Read a WARC (plain or gzipped per record) as a stream: each `response` record holding an
 * HTML page with status 200 becomes a report via the HTML reader; other records (requests,
 * images, redirects, revisits) are skipped without a word. Diagnostics name the record number
 * and its target URI. A payload over the size limit is refused as it streams (so a gzip bomb
 * stops at the limit), and a corrupt archive ends with one rejection after the good records.
 */
export async function* readWarcStream(bytes: AsyncIterable<Uint8Array>, file: string, options: WarcReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxPageBytes = options.maxPageBytes ?? DEFAULT_MAX_FILE_BYTES;
  let n = 0;
  let responses = 0;
  const parser = new WARCParser(bytes);
  const iterator = parser[Symbol.asyncIterator]();
  for (;;) {
    let record;
    try {
      const next = await iterator.next();
      if (next.done) break;
      record = next.value;
    } catch (e) {
      yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/bad-warc', `record ${n + 1}: cannot read the archive past here: ${(e as Error).message}`, { file, source: 'reader' }) };
      return;
    }
    n++;
    if (n === 1 && !record.warcHeaders.statusline.startsWith('WARC/')) {
      yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/bad-warc', 'not a WARC file (no WARC/1.x record header)', { file, source: 'reader' }) };
      return;
    }
    if (record.warcType !== 'response' || !record.httpHeaders) continue;
    responses++;
    const uri = record.warcTargetURI ?? '';
    const where = `record ${n} (${uri || 'no target URI'})`;
    const contentType = record.httpHeaders.headers.get('content-type') ?? '';
    if (record.httpHeaders.statusCode !== 200 || !HTML_TYPES.test(contentType)) continue;
    const chunks: Uint8Array[] = [];
    let size = 0;
    let refused = false;
    try {
      for await (const chunk of record) {
        size += chunk.length;
        if (size > maxPageBytes) {
          refused = true;
          break;
        }
        chunks.push(chunk);
      }
    } catch (e) {
      yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/bad-warc', `${where}: cannot decode the payload: ${(e as Error).message}`, { file, source: 'reader' }) };
      continue;
    }
    if (refused) {
      yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/too-large', `${where}: page over the limit of ${maxPageBytes} bytes (raise it with --max-bytes)`, { file, source: 'reader' }) };
      continue;
    }
    // The capture date stands in only when neither the page nor the user gives one.
    const captured = options.date ? null : parseLooseDate(record.warcDate);
    yield parseHtmlReport(Buffer.concat(chunks), {
      file, where, url: uri || null, declaredCharset: charsetFromContentType(contentType), date: options.date ?? captured,
      dateFallbackWarning: captured ? { code: 'input/date-from-capture', message: `the page states no date; using the capture date ${captured}` } : null,
    });
  }
  if (n > 0 && responses === 0) {
    yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/no-pages', `${n} WARC record(s) but no HTTP responses to read`, { file, source: 'reader' }) };
  }
}

/** Read a WARC file (`.warc` or `.warc.gz`) as a stream; see readWarcStream. */
export function readWarcFile(file: string, options: WarcReadOptions = {}): AsyncGenerator<ReadItem> {
  return readWarcStream(createReadStream(file), file, options);
}
