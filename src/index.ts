/**
 * newsgraph library API.
 * @packageDocumentation
 */
export { analyze, docToAnalysis, getDefaultPipeline, type AnalyzeOptions } from './engine/analyze.js';
export type { Analysis, ReportHeader, TokenRow } from './model/analysis.js';
export type * from './model/annotations.js';
export type { Diagnostic, Severity } from './model/diagnostic.js';
export { Doc } from './model/doc.js';
export type { Report, ReportInput } from './model/report.js';
export type { Span, TextSpan } from './model/span.js';
export type { Component } from './nlp/component.js';
export { createPipeline, type Pipeline } from './nlp/pipeline.js';
export { readInputs, readFileItems } from './ingest/read-inputs.js';
export { parseTextReport, splitSources } from './ingest/text-reader.js';
export { readJsonl } from './ingest/jsonl-reader.js';
export type { ReadItem, ReaderOptions } from './ingest/read-item.js';
export { reportId } from './ingest/report-id.js';
