import type { Analysis } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import type { Report, ReportInput } from '../model/report.js';
import { createPipeline, type Pipeline } from '../nlp/pipeline.js';
import { loadDefaultComponents } from '../nlp/default-components.js';
import { finishReport } from '../ingest/finish-report.js';

export interface AnalyzeOptions {
  /** Include the token table in the result. */
  tokens?: boolean;
  /** A pipeline to use instead of the default one. */
  pipeline?: Pipeline;
  /** Report date for plain text input (ISO YYYY-MM-DD). */
  date?: string | null;
}

let defaultPipeline: Promise<Pipeline> | null = null;

/** The default pipeline, loaded once per process. */
export function getDefaultPipeline(): Promise<Pipeline> {
  if (!defaultPipeline) defaultPipeline = loadDefaultComponents().then(createPipeline);
  return defaultPipeline;
}

/** Turn a finished Doc into the analyze JSON shape. */
export function docToAnalysis(doc: Doc, withTokens = false): Analysis {
  const r = doc.report;
  const out: Analysis = {
    report: { id: r.id, date: r.date, sources: r.sources, title: r.title ?? null, url: r.url ?? null, outlet: r.outlet ?? null, externalId: r.externalId ?? null },
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.get('entities'),
    entityIndex: doc.get('entityIndex'),
    statements: doc.get('statements'),
    events: doc.get('events'),
    dates: doc.get('dates'),
    unknowns: doc.get('unknowns'),
    diagnostics: doc.diagnostics,
  };
  if (withTokens) {
    out.tokens = [];
    for (let i = 0; i < doc.tokenCount; i++) {
      out.tokens.push({ start: doc.tokens.start[i], end: doc.tokens.end[i], text: doc.token(i), pos: doc.pos(i), lemma: doc.lemma(i) });
    }
  }
  return out;
}

/**
 * Analyse one report (or a plain text) without storing it.
 * @example const a = await analyze('Cuba said on Friday ...', { date: '2023-09-05' });
 */
export async function analyze(input: Report | ReportInput | string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const report = typeof input === 'string'
    ? finishReport({ text: input, date: options.date ?? null, sources: [] })
    : finishReport(input);
  const pipeline = options.pipeline ?? (await getDefaultPipeline());
  return docToAnalysis(pipeline.run(report), options.tokens ?? false);
}
