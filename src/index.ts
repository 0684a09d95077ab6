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
export { readBufferItems } from './ingest/read-inputs.js';
export { openStore, isPostgresUrl } from './store/open-store.js';
export type { Store, StoreStats, SearchHit, Page, InReport, LinkItem, LinkKind } from './store/store.js';
export { StoreError } from './store/store.js';
export { ingestItems, ingestPaths, type IngestOptions, type IngestSummary } from './engine/ingest.js';
export { relink, type LinkSummary } from './engine/link.js';
export { listStories, storyView, type StoryView } from './engine/stories.js';
export { storyPage, type StoryPage } from './engine/queries-story.js';
export { entityView, findCanonical, curate } from './engine/canonical.js';
export { timeline, type TimelineItem } from './engine/timeline.js';
export { provenance, type ProvenanceChain } from './engine/provenance.js';
export { linkReports } from './link/link-reports.js';
export type { CanonicalEntity, Story, Closure, CopyLink, CurationOp, CurationRecord } from './link/types.js';
export type { Disagreement } from './link/disagreements.js';
