import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createDiagnostic } from '../model/diagnostic.js';
import { decodeText } from './decode.js';
import { readJsonl } from './jsonl-reader.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_BYTES, type ReadItem, type ReaderOptions } from './read-item.js';
import { parseTextReport } from './text-reader.js';

const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

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

/** Read one file: JSONL as a stream, anything else as a seed-format or plain text report. */
export async function* readFileItems(file: string, options: ReaderOptions = {}): AsyncGenerator<ReadItem> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  if (JSONL_EXT.has(extname(file).toLowerCase())) {
    const st = await stat(file);
    if (st.size === 0) {
      yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/empty', 'empty input', { file, source: 'reader' }) };
      return;
    }
    yield* readJsonl(file, maxLineBytes);
    return;
  }
  let bytes: Buffer;
  try {
    if (file === '-') bytes = await readStdin();
    else {
      const st = await stat(file);
      if (st.size > maxFileBytes) {
        yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/too-large', `${st.size} bytes is over the limit of ${maxFileBytes} bytes (raise it with --max-bytes)`, { file, source: 'reader' }) };
        return;
      }
      bytes = await readFile(file);
    }
  } catch (e) {
    yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/unreadable', (e as Error).message, { file, source: 'reader' }) };
    return;
  }
  const decoded = decodeText(bytes, file, { maxBytes: maxFileBytes });
  if (!decoded.ok) {
    yield { kind: 'rejected', diagnostic: decoded.diagnostic };
    return;
  }
  yield parseTextReport(decoded.text, file, options.date ?? null);
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
