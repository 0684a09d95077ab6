import { open, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createDiagnostic } from '../model/diagnostic.js';
import { readCsvFile, readCsvStream } from './csv-reader.js';
import { decodeText } from './decode.js';
import { readFeedFile, readFeedStream } from './feed-reader.js';
import { parseHtmlReport } from './html-reader.js';
import { readJsonl } from './jsonl-reader.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_BYTES, type ReadItem, type ReaderOptions } from './read-item.js';
import { detectFormat, formatFromName, sniffFormat, type InputFormat } from './sniff-format.js';
import { parseTextReport } from './text-reader.js';
import { readWarcFile, readWarcStream } from './warc-reader.js';

/** True for file names a folder walk should read (hidden files are skipped). */
function isCandidate(name: string): boolean {
  return !name.startsWith('.');
}

/** Expand paths into files: folders recursively, in name order so runs are repeatable. */
export async function* expandPaths(paths: string[]): AsyncGenerator<{ file: string } | ReadItem> {
  for (const p of paths) {
    if (p === '-') {
      yield { file: '-' };
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/not-found', (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message, { file: p, source: 'reader' }) };
      continue;
    }
    if (st.isDirectory()) {
      const names = (await readdir(p)).filter(isCandidate).sort();
      yield* expandPaths(names.map((n) => join(p, n)));
    } else {
      yield { file: p };
    }
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The first bytes of a file, for sniffing its format. */
async function readHead(file: string, size = 2048): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await fh.read(buf, 0, size, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function* bufferStream(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
}

/**
 * Read bytes already in memory (stdin) with the reader their content shows: feed, WARC, HTML,
 * else seed-format or plain text. `file` names them in diagnostics.
 */
export async function* readBufferItems(bytes: Uint8Array, file: string, options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const format = sniffFormat(bytes);
  if (format === 'feed') yield* readFeedStream(bufferStream(bytes), file, { date: options.date });
  else if (format === 'warc') yield* readWarcStream(bufferStream(bytes), file, { date: options.date, maxPageBytes: maxFileBytes });
  else if (format === 'html') yield parseHtmlReport(bytes, { file, date: options.date });
  else yield* readTextBytes(bytes, file, options);
}

function readTextBytes(bytes: Uint8Array, file: string, options: ReaderOptions): ReadItem[] {
  const decoded = decodeText(bytes, file, { maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });
  if (!decoded.ok) return [{ kind: 'rejected', diagnostic: decoded.diagnostic }];
  return [parseTextReport(decoded.text, file, options.date ?? null)];
}

/**
 * Read one file with the reader its extension names, or, for an unknown extension, the one its
 * first bytes show: JSONL, RSS/Atom, HTML, WARC, CSV/TSV, else seed-format or plain text.
 * Streaming formats (JSONL, feeds, WARC, CSV) are read in bounded memory; whole-file formats
 * (text, HTML) are refused over the size limit before they are read.
 */
export async function* readFileItems(file: string, options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const place = { file, source: 'reader' };
  if (file === '-') {
    yield* readBufferItems(await readStdin(), '-', options);
    return;
  }
  let format: InputFormat;
  let size: number;
  try {
    size = (await stat(file)).size;
    format = formatFromName(file) ?? (size === 0 ? 'text' : detectFormat(file, await readHead(file)));
  } catch (e) {
    yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/unreadable', (e as Error).message, place) };
    return;
  }
  if (size === 0) {
    yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/empty', 'empty input', place) };
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonl(file, maxLineBytes);
    return;
  }
  if (format === 'warc') {
    yield* readWarcFile(file, { date: options.date, maxPageBytes: maxFileBytes });
    return;
  }
  if (format === 'csv') {
    yield* readCsvFile(file, { columns: options.columns, delimiter: options.csvDelimiter, maxRecordChars: maxLineBytes });
    return;
  }
  // Feeds stream, but a feed is one document: a size bound keeps hostile ones (a giant text
  // node the XML parser must hold) in bounded memory.
  if (size > maxFileBytes) {
    yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/too-large', `${size} bytes is over the limit of ${maxFileBytes} bytes (raise it with --max-bytes)`, place) };
    return;
  }
  if (format === 'feed') {
    yield* readFeedFile(file, { date: options.date });
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/unreadable', (e as Error).message, place) };
    return;
  }
  if (format === 'html') yield parseHtmlReport(bytes, { file, date: options.date });
  else yield* readTextBytes(bytes, file, options);
}

/**
 * Read every input named by `paths` (files, folders, `-` for stdin) into reports and
 * rejections. One bad input never stops the rest.
 */
export async function* readInputs(paths: string[], options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  for await (const entry of expandPaths(paths)) {
    if ('kind' in entry) yield entry;
    else yield* readFileItems(entry.file, options);
  }
}
