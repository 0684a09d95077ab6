import { createReadStream } from 'node:fs';
import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { createDecodeInfo, decodeStream } from './decode-stream.js';
import { xmlDeclaredEncoding } from './encoding.js';
import { parseFeed, type FeedEntry, type FeedHeader } from './feed-parser.js';
import { finishReport } from './finish-report.js';
import { scanHtml } from './html-guard.js';
import { htmlFragmentToText, looksLikeHtml } from './html-text.js';
import { parseLooseDate } from './loose-date.js';
import type { ReadItem } from './read-item.js';

export interface FeedReadOptions {
  /** Report date for items that give none (ISO YYYY-MM-DD). */
  date?: string | null;
  /** A charset from outside the bytes (HTTP Content-Type); beats the XML declaration. */
  declaredCharset?: string | null;
}

const label = (e: FeedEntry) => `item ${e.index}${e.title ? ` ("${e.title.slice(0, 60)}")` : ''}`;

/** Turn one feed item into a report (or a rejection naming file, line and item). */
export function entryToItem(entry: FeedEntry, header: FeedHeader | null, file: string, options: FeedReadOptions = {}): ReadItem {
  const place = { file, line: entry.line, source: 'reader' };
  const reject = (code: string, message: string): ReadItem => ({ kind: 'rejected', diagnostic: createDiagnostic('error', code, `${label(entry)}: ${message}`, place) });
  const warnings: Diagnostic[] = [];
  if (entry.oversize !== null) return reject('input/too-large', `over ${entry.oversize} characters of text; skipped`);
  const raw = entry.content ?? entry.summary ?? '';
  const scan = scanHtml(raw);
  if (scan.refusal) return reject(scan.refusal.code, scan.refusal.message);
  const text = htmlFragmentToText(raw);
  if (text === '') return reject('input/no-body', 'no content or description');
  if (text.includes('\u0000')) return reject('input/binary', 'text holds NUL characters');
  let date = parseLooseDate(entry.date);
  if (entry.date && !date) {
    warnings.push(createDiagnostic('warning', 'input/malformed-date', `${label(entry)}: cannot read the date "${entry.date.slice(0, 80)}"`, place));
  }
  date ??= options.date ?? null;
  const outlet = header?.title ?? null;
  const source = entry.source ?? outlet;
  const title = entry.title && looksLikeHtml(entry.title) ? htmlFragmentToText(entry.title) : entry.title;
  const report = finishReport({
    text, date, sources: source ? [source] : [], title: title || null, url: entry.link, outlet,
    externalId: entry.id ?? entry.link ?? null, origin: { file, line: entry.line },
  });
  return { kind: 'report', report, warnings };
}

/**
 * Read an RSS or Atom feed from a byte stream, one report per item as it is parsed. Problems
 * with the whole feed (not XML, entity declarations, bad encoding) become a rejection naming
 * the file and line; problems with one item reject only that item.
 */
export async function* readFeedStream(bytes: AsyncIterable<Uint8Array>, file: string, options: FeedReadOptions = {}): AsyncGenerator<ReadItem> {
  const info = createDecodeInfo();
  const pending: Diagnostic[] = [];
  let warnedEncoding = false;
  let warnedReplaced = false;
  let header: FeedHeader | null = null;
  const texts = decodeStream(bytes, { declared: options.declaredCharset ?? null, sniff: xmlDeclaredEncoding }, info);
  for await (const ev of parseFeed(texts)) {
    if (!warnedEncoding && info.choice?.problem) {
      warnedEncoding = true;
      pending.push(createDiagnostic('warning', 'input/encoding-mismatch', info.choice.problem, { file, source: 'reader' }));
    }
    if (!warnedReplaced && info.replaced) {
      warnedReplaced = true;
      pending.push(createDiagnostic('warning', 'input/undecodable-bytes', `some bytes are not valid ${info.choice?.encoding ?? 'text'} and were replaced with U+FFFD`, { file, source: 'reader' }));
    }
    if (ev.kind === 'header') header = ev.header;
    else if (ev.kind === 'error') {
      const place = ev.line === null ? { file, source: 'reader' } : { file, line: ev.line, source: 'reader' };
      if (ev.fatal) yield { kind: 'rejected', diagnostic: createDiagnostic('error', ev.code, ev.message, place) };
      else pending.push(createDiagnostic('warning', ev.code, ev.message, place));
    } else {
      const item = entryToItem(ev.entry, header, file, options);
      if (item.kind === 'report' && pending.length) item.warnings.unshift(...pending.splice(0));
      yield item;
    }
  }
}

/** Read a feed file as a stream; see readFeedStream. */
export function readFeedFile(file: string, options: FeedReadOptions = {}): AsyncGenerator<ReadItem> {
  return readFeedStream(createReadStream(file), file, options);
}
