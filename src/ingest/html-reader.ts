import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { chooseEncoding, decodeWith, metaDeclaredCharset } from './encoding.js';
import { finishReport } from './finish-report.js';
import { DEFAULT_HTML_LIMITS, scanHtml, type HtmlLimits } from './html-guard.js';
import { extractPageMeta, type DocumentLike } from './html-meta.js';
import { nodeText, type NodeLike } from './html-text.js';
import type { ReadItem } from './read-item.js';

export interface HtmlReadOptions {
  file: string;
  /** Where inside the file (a WARC record), prefixed to messages: "record 3 (https://…)". */
  where?: string | null;
  /** The page's address when known from outside (WARC target URI). */
  url?: string | null;
  /** A charset from outside the bytes (HTTP Content-Type); beats `<meta charset>`. */
  declaredCharset?: string | null;
  /** Report date when the page gives none (ISO YYYY-MM-DD). */
  date?: string | null;
  /** A warning to give when `date` is used because the page has none (the WARC capture date). */
  dateFallbackWarning?: { code: string; message: string } | null;
  limits?: HtmlLimits;
}

/**
 * Turn one HTML page into a report: decode it (declared or detected charset), refuse hostile
 * structure before building a DOM, read metadata from the head, extract the main text with
 * Readability and keep its paragraphs. Never throws; problems become a rejection or warnings.
 */
export function parseHtmlReport(bytes: Uint8Array, options: HtmlReadOptions): ReadItem {
  const place = { file: options.file, source: 'reader' };
  const prefix = options.where ? `${options.where}: ` : '';
  const warnings: Diagnostic[] = [];
  const reject = (code: string, message: string): ReadItem => ({ kind: 'rejected', diagnostic: createDiagnostic('error', code, prefix + message, place) });
  const warn = (code: string, message: string) => warnings.push(createDiagnostic('warning', code, prefix + message, place));
  if (bytes.length === 0) return reject('input/empty', 'empty page');
  const choice = chooseEncoding(bytes, options.declaredCharset ?? metaDeclaredCharset(bytes));
  if (choice.problem) warn('input/encoding-mismatch', choice.problem);
  const html = decodeWith(bytes, choice);
  if (html.includes('\u0000')) return reject('input/binary', 'binary data (NUL bytes), not an HTML page');
  const limits = options.limits ?? DEFAULT_HTML_LIMITS;
  const scan = scanHtml(html, limits);
  if (scan.refusal) return reject(scan.refusal.code, scan.refusal.message);
  if (scan.longestTag > limits.maxTagChars) warn('input/huge-attribute', `a tag of ${scan.longestTag} characters (huge attributes) was read but is not text`);
  let text = '';
  let meta;
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    const { document } = parseHTML(html);
    meta = extractPageMeta(document as unknown as DocumentLike);
    try {
      article = new Readability<string>(document, { maxElemsToParse: limits.maxElements, serializer: (node) => nodeText(node as unknown as NodeLike) }).parse();
    } catch (e) {
      warn('input/no-article', `main-text extraction failed (${(e as Error).message}); using the whole page text`);
    }
    text = article?.content ?? '';
    if (!text.trim()) {
      if (article === null) warn('input/no-article', 'no main article found; using the whole page text');
      const body = (document as unknown as { body: NodeLike | null }).body;
      text = body ? nodeText(body) : '';
    }
  } catch (e) {
    return reject('input/bad-html', `cannot parse the page: ${(e as Error).message}`);
  }
  text = text.trim();
  if (text === '') return reject('input/no-body', 'the page has no text');
  const site = meta.siteName;
  const report = finishReport({
    text,
    date: meta.date ?? options.date ?? null,
    sources: site ? [site] : [],
    title: meta.title ?? article?.title ?? null,
    url: options.url ?? meta.url ?? null,
    outlet: site,
    externalId: null,
    origin: { file: options.file },
  });
  if (report.date === null) warn('input/no-date', 'the page states no publication date');
  else if (!meta.date && options.dateFallbackWarning) warn(options.dateFallbackWarning.code, options.dateFallbackWarning.message);
  return { kind: 'report', report, warnings };
}
