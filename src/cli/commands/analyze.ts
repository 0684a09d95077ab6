import { analyze } from '../../engine/analyze.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { parseReportDate } from '../../ingest/dates.js';
import { type CommandSpec, println, usageError } from '../command.js';
import { formatAnalysis } from '../format-analysis.js';
import { READER_OPTIONS, readerOptions } from './reader-options.js';

/** `newsgraph analyze`: analyse reports without storing them. */
export const analyzeCommand: CommandSpec = {
  name: 'analyze',
  summary: 'analyse reports and print entities, statements, events, dates and unknowns, without storing',
  description: 'Reads seed-format text, plain text or JSONL (streamed, one report per line). With --format json, prints one JSON object per report, one per line; all offsets index into "text" in UTF-16 code units, end-exclusive.',
  positionals: [{ name: 'file|-', variadic: true }],
  options: {
    format: { type: 'string', placeholder: 'json|pretty', description: 'output format (default: pretty on a terminal, json otherwise)' },
    tokens: { type: 'boolean', description: 'add the token table (offsets, POS, lemma) to the JSON' },
    ...READER_OPTIONS,
  },
  examples: [
    'newsgraph analyze report.txt',
    'newsgraph analyze report.txt --format json | jq .statements',
    'cat article.txt | newsgraph analyze - --date 2024-03-02',
    'newsgraph analyze reports.jsonl --format json > analysed.jsonl',
  ],
  async run(ctx) {
    const format = (ctx.values.format as string | undefined) ?? (ctx.stdout.isTTY ? 'pretty' : 'json');
    if (format !== 'json' && format !== 'pretty') throw usageError(`--format takes json or pretty, not "${format}"`);
    if (ctx.values.date !== undefined && !parseReportDate(String(ctx.values.date))) throw usageError(`--date takes YYYY-MM-DD, not "${ctx.values.date}"`);
    const paths = ctx.positionals.length ? ctx.positionals : ['-'];
    let rejected = 0;
    let first = true;
    for await (const item of readInputs(paths, readerOptions(ctx))) {
      if (item.kind === 'rejected') {
        rejected++;
        const d = item.diagnostic;
        println(ctx.stderr, `newsgraph: ${d.code}: ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`);
        continue;
      }
      const a = await analyze(item.report, { tokens: Boolean(ctx.values.tokens) });
      a.diagnostics.unshift(...item.warnings);
      if (format === 'json') println(ctx.stdout, JSON.stringify(a));
      else {
        if (!first) println(ctx.stdout, '─'.repeat(60));
        ctx.stdout.write(formatAnalysis(a));
      }
      first = false;
    }
    return rejected > 0 ? 1 : 0;
  },
};
