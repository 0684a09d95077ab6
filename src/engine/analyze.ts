import type { Analysis } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import type { Report, ReportInput } from '../model/report.js';
import { createPipeline, type Pipeline } from '../nlp/pipeline.js';
import { loadDefaultComponents } from '../nlp/default-components.js';
import { finishReport } from '../ingest/finish-report.js';
import { parseTextReport } from '../ingest/text-reader.js';
import type { Diagnostic } from '../model/diagnostic.js';

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
 * Analyse one report without storing it. A string is read like a text file: the seed format
 * (`date …` line, body, `Source:` line) or plain text dated by `options.date`.
 * Throws when the text is not a report (empty, malformed date), with the reader's message.
 * @example const a = await analyze('Cuba said on Friday ...', { date: '2023-09-05' });
 */
export async function analyze(input: Report | ReportInput | string, options: AnalyzeOptions = {}): Promise<Analysis> {
  let report: Report;
  let warnings: Diagnostic[] = [];
  if (typeof input === 'string') {
    const item = parseTextReport(input, '(text)', options.date ?? null);
    if (item.kind === 'rejected') throw new Error(`${item.diagnostic.code}: ${item.diagnostic.message}`);
    report = item.report;
    warnings = item.warnings;
  } else report = finishReport(input);
  const pipeline = options.pipeline ?? (await getDefaultPipeline());
  const analysis = docToAnalysis(pipeline.run(report), options.tokens ?? false);
  analysis.diagnostics.unshift(...warnings);
  return analysis;
}
