import type { Report, ReportInput } from '../model/report.js';
import { reportId } from './report-id.js';

/**
 * Give a report its stable id and fill optional fields with null. The body is kept in Unicode
 * NFC, so "é" is one code unit whether the input composed it or not, and offsets are stable.
 */
export function finishReport(input: ReportInput): Report {
  const text = input.text.normalize('NFC');
  const sources = (input.sources ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
  return {
    id: reportId(text, input.date ?? null, sources),
    date: input.date ?? null,
    sources,
    title: input.title ?? null,
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    externalId: input.externalId ?? null,
    text,
    origin: input.origin ?? null,
  };
}
