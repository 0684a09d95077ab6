import { createDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { parseReportDate } from './dates.js';
import { finishReport } from './finish-report.js';
import type { ReadItem } from './read-item.js';

const DATE_HEADER = /^date[ \t]*:?[ \t]+(\d[\d\-/.:TZ+]*)[ \t]*(?:\n|(?=\S)|$)/i;
const SOURCE_LINE = /^sources?[ \t]*:[ \t]*(.*)$/i;

/** Split a Source line's value: commas and "and", trailing period dropped. */
export function splitSources(value: string): string[] {
  return value
    .replace(/\.\s*$/, '')
    .split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s.length > 0);
}

/**
 * Parse the seed format, or plain text when there is no `date` header:
 * `date YYYY-MM-DD` (own line or followed by the first sentence), the body, then a last line
 * `Source: A, B.`. Tolerates leading whitespace, CRLF, blank lines; a missing Source line in a
 * dated report is a warning, not a failure.
 */
export function parseTextReport(raw: string, file: string, defaultDate: string | null = null): ReadItem {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\s+/, '');
  const place = { file, source: 'reader' };
  const warnings: Diagnostic[] = [];
  let rest = text;
  let date: string | null = defaultDate;
  let seedFormat = false;
  const header = DATE_HEADER.exec(rest);
  if (header) {
    seedFormat = true;
    const parsed = parseReportDate(header[1]);
    if (!parsed) {
      return { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/malformed-date', `malformed date "${header[1]}" (expected YYYY-MM-DD)`, { ...place, line: 1 }) };
    }
    date = parsed;
    rest = rest.slice(header[0].length);
  }
  const lines = rest.split('\n');
  let last = lines.length - 1;
  while (last >= 0 && lines[last].trim() === '') last--;
  let sources: string[] = [];
  const sourceMatch = last >= 0 ? SOURCE_LINE.exec(lines[last].trim()) : null;
  if (sourceMatch) {
    sources = splitSources(sourceMatch[1]);
    last--;
  } else if (seedFormat) {
    warnings.push(createDiagnostic('warning', 'input/no-source-line', 'no closing "Source:" line; the report credits no source', place));
  }
  const body = lines.slice(0, last + 1).map((l) => l.replace(/[ \t]+$/, '')).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (body === '') {
    return { kind: 'rejected', diagnostic: createDiagnostic('error', 'input/no-body', 'no body text', place) };
  }
  return { kind: 'report', report: finishReport({ text: body, date, sources, origin: { file } }), warnings };
}
