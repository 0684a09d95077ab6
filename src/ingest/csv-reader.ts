import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { resolveColumns, type ColumnIndex, type ColumnMap } from './column-map.js';
import { createDecodeInfo, decodeStream } from './decode-stream.js';
import { recordToItem } from './jsonl-reader.js';
import { parseLooseDate } from './loose-date.js';
import { DEFAULT_MAX_LINE_BYTES, type ReadItem } from './read-item.js';

export interface CsvReadOptions {
  columns?: ColumnMap;
  /** Field separator; by default `\t` for .tsv, else whichever of , ; or tab the header uses most. */
  delimiter?: string;
  /** Largest record, in characters. */
  maxRecordChars?: number;
}

/** The separator the header line uses most: comma, semicolon or tab. */
export function sniffDelimiter(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/** Map one CSV row to the JSONL record shape, so both readers check fields the same way. */
function rowToRecord(row: string[], index: ColumnIndex): Record<string, unknown> {
  const get = (f: keyof ColumnIndex) => (index[f] === undefined ? undefined : row[index[f]!]?.trim());
  const date = get('date');
  return {
    text: get('text') ?? '',
    // Feed-style dates are common in exports; anything unreadable goes on as written and is rejected there.
    date: date ? parseLooseDate(date) ?? date : null,
    title: get('title'), url: get('url'), outlet: get('outlet'), id: get('id') || null,
    sources: get('sources')?.split(/\s*[;|]\s*|\s*,\s*/).filter(Boolean) ?? [],
  };
}

/**
 * Read CSV (or TSV) as a stream: a header row, then one report per row, fields chosen by a
 * column map. Encoding is detected (BOM, UTF-8, else Windows-1252). A malformed row (unclosed
 * quote, too large) is rejected with its line and the rest is read.
 */
export async function* readCsvStream(bytes: AsyncIterable<Uint8Array>, file: string, options: CsvReadOptions = {}): AsyncGenerator<ReadItem> {
  const info = createDecodeInfo();
  const texts = decodeStream(bytes, {}, info)[Symbol.asyncIterator]();
  const first = await texts.next();
  if (first.done || first.value.trim() === '') {
    yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/empty', 'empty input', { file, source: 'reader' }) };
    return;
  }
  const delimiter = options.delimiter ?? (file.toLowerCase().endsWith('.tsv') ? '\t' : sniffDelimiter(first.value.split('\n', 1)[0]));
  const skipped: Diagnostic[] = [];
  const parser = parse({
    delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true,
    max_record_size: options.maxRecordChars ?? DEFAULT_MAX_LINE_BYTES, skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      if (err) skipped.push(createDiagnostic('error', 'input/bad-csv', `row rejected: ${err.message.replace(/^Invalid Record Length: /, '')}`, { file, line: (err as CsvError & { lines?: number }).lines ?? undefined, source: 'reader' }));
    },
  });
  // Back-pressure: wait for the parser to drain, or to close when reading stopped early.
  const room = () => new Promise<void>((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
  const pump = (async () => {
    try {
      if (!parser.write(first.value)) await room();
      for (let t = await texts.next(); !t.done && !parser.destroyed; t = await texts.next()) if (!parser.write(t.value)) await room();
      if (!parser.destroyed) parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();
  let index: ColumnIndex | null = null;
  let warned = false;
  const warnings = (): Diagnostic[] => {
    if (warned || !info.choice) return [];
    const out: Diagnostic[] = [];
    if (info.choice.problem) out.push(createDiagnostic('warning', 'input/encoding-mismatch', info.choice.problem, { file, source: 'reader' }));
    warned = true;
    return out;
  };
  try {
    for await (const { record, info: at } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // Skips are reported as the parser meets them, which can be ahead of the rows still
      // buffered; keep file order.
      while (skipped.length && (skipped[0].line ?? Infinity) < at.lines) yield { kind: 'rejected', diagnostic: skipped.shift()! };
      if (index === null) {
        const resolved = resolveColumns(record, options.columns ?? {});
        if (!resolved.ok) {
          yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/bad-columns', resolved.message, { file, line: at.lines, source: 'reader' }) };
          parser.destroy();
          return;
        }
        index = resolved.index;
        continue;
      }
      const item = recordToItem(rowToRecord(record, index), file, at.lines);
      if (item.kind === 'report') {
        item.warnings.push(...warnings());
        if (item.report.text.includes('\uFFFD')) item.warnings.push(createDiagnostic('warning', 'input/undecodable-bytes', 'the row holds bytes that could not be decoded (U+FFFD)', { file, line: at.lines, source: 'reader' }));
      }
      yield item;
    }
  } catch (e) {
    yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/bad-csv', `cannot read the CSV past here: ${(e as Error).message}`, { file, source: 'reader' }) };
  } finally {
    await pump;
  }
  for (const d of skipped.splice(0)) yield { kind: 'rejected', diagnostic: d };
  if (index === null) yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/bad-columns', 'no header row', { file, source: 'reader' }) };
}

/** Read a CSV or TSV file as a stream; see readCsvStream. */
export function readCsvFile(file: string, options: CsvReadOptions = {}): AsyncGenerator<ReadItem> {
  return readCsvStream(createReadStream(file), file, options);
}
