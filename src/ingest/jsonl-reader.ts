import { createReadStream } from 'node:fs';
import { createDiagnostic } from '../model/diagnostic.js';
import { parseReportDate } from './dates.js';
import { decodeText } from './decode.js';
import { finishReport } from './finish-report.js';
import type { ReadItem } from './read-item.js';

/**
 * Split a byte stream into lines without decoding, so each line can be checked (size, UTF-8)
 * on its own. A line over `maxLineBytes` is skipped to its end and reported, in constant memory.
 */
export async function* byteLines(stream: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<{ line: number; bytes: Buffer | null; size: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  for await (const chunk of stream) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = nl < 0 ? chunk.subarray(from) : chunk.subarray(from, nl);
      size += piece.length;
      if (size <= maxLineBytes) parts.push(piece);
      else parts = [];
      if (nl < 0) break;
      yield { line, bytes: size <= maxLineBytes ? Buffer.concat(parts) : null, size };
      parts = [];
      size = 0;
      line++;
      from = nl + 1;
    }
  }
  if (size > 0) yield { line, bytes: size <= maxLineBytes ? Buffer.concat(parts) : null, size };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Turn one parsed JSONL record into a report or a rejection naming file and line. */
export function recordToItem(record: unknown, file: string, line: number): ReadItem {
  const place = { file, line, source: 'reader' };
  const reject = (code: string, message: string): ReadItem => ({ kind: 'rejected', diagnostic: createDiagnostic('error', code, message, place) });
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return reject('input/bad-record', 'a JSONL line must be a JSON object');
  const r = record as Record<string, unknown>;
  if (typeof r.text !== 'string') return reject('input/no-body', 'record has no "text" string');
  const text = r.text.replace(/\r\n?/g, '\n').trim();
  if (text === '') return reject('input/no-body', 'record has an empty "text"');
  if (text.includes('\u0000')) return reject('input/binary', 'record text holds NUL characters');
  let date: string | null = null;
  if (r.date !== undefined && r.date !== null && r.date !== '') {
    date = typeof r.date === 'string' ? parseReportDate(r.date) : null;
    if (!date) return reject('input/malformed-date', `malformed date ${JSON.stringify(r.date)} (expected YYYY-MM-DD)`);
  }
  let sources: string[] = [];
  if (Array.isArray(r.sources)) sources = r.sources.filter((s): s is string => typeof s === 'string');
  else if (typeof r.sources === 'string') sources = r.sources.split(',');
  else if (r.sources !== undefined && r.sources !== null) return reject('input/bad-record', '"sources" must be an array of strings');
  const id = r.id === undefined || r.id === null ? null : String(r.id);
  const report = finishReport({
    text, date, sources, title: str(r.title), url: str(r.url), outlet: str(r.outlet), externalId: id, origin: { file, line },
  });
  return { kind: 'report', report, warnings: [] };
}

/** Read a JSONL file as a stream: one report per line, constant memory. Blank lines are skipped. */
export async function* readJsonl(file: string, maxLineBytes: number, stream?: AsyncIterable<Buffer>): AsyncGenerator<ReadItem> {
  const input = stream ?? createReadStream(file);
  for await (const { line, bytes, size } of byteLines(input, maxLineBytes)) {
    if (bytes === null) {
      yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/too-large', `line of ${size} bytes is over the limit of ${maxLineBytes} bytes`, { file, line, source: 'reader' }) };
      continue;
    }
    if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    const decoded = decodeText(bytes, file, { maxBytes: maxLineBytes }, line);
    if (!decoded.ok) {
      yield { kind: 'rejected', diagnostic: decoded.diagnostic };
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(decoded.text);
    } catch (e) {
      yield { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/bad-json', `not valid JSON: ${(e as Error).message}`, { file, line, source: 'reader' }) };
      continue;
    }
    yield recordToItem(record, file, line);
  }
}
