import { ingestPaths, type IngestSummary } from '../../engine/ingest.js';
import { parseReportDate } from '../../ingest/dates.js';
import { type CommandSpec, DB_OPTION, JSON_OPTION, printJson, println, usageError } from '../command.js';
import { createProgress } from '../progress.js';
import { readerOptions } from './reader-options.js';
import { withStore } from './with-store.js';

function printSummary(out: NodeJS.WritableStream, s: IngestSummary): void {
  const rate = s.elapsedMs > 0 ? (s.stored / (s.elapsedMs / 1000)).toFixed(1) : '0';
  println(out as never, `ingested ${s.read} input${s.read === 1 ? '' : 's'}: ${s.stored} stored, ${s.duplicates} already stored, ${s.rejected} rejected (${(s.elapsedMs / 1000).toFixed(2)} s, ${rate} reports/s)`);
}

/** `newsgraph ingest`: read, analyse and store reports. */
export const ingestCommand: CommandSpec = {
  name: 'ingest',
  summary: 'read reports from files, folders or stdin, analyse them and store them',
  description: 'Folders are read recursively in name order. *.jsonl/*.ndjson files hold one report per line; other files are seed-format or plain text. A report already stored (same id: body, date and sources) is not stored again. Bad inputs are named with the reason, and the rest of the batch goes on; the exit code is 1 when any input was rejected.',
  positionals: [{ name: 'path|-', required: true, variadic: true }],
  options: {
    db: DB_OPTION,
    date: { type: 'string', placeholder: 'YYYY-MM-DD', description: 'report date for plain text without a `date` line' },
    'max-bytes': { type: 'string', placeholder: 'n', description: 'largest text file or JSONL line accepted (default: 10 MiB)' },
    json: { ...JSON_OPTION, description: 'print the summary (counts and every rejection) as JSON' },
  },
  examples: [
    'newsgraph ingest examples/',
    'newsgraph ingest reports.jsonl --db news.db',
    'newsgraph ingest article.txt --date 2024-03-02',
    'newsgraph ingest inbox/ --json | jq .rejections',
  ],
  async run(ctx) {
    if (ctx.values.date !== undefined && !parseReportDate(String(ctx.values.date))) throw usageError(`--date takes YYYY-MM-DD, not "${ctx.values.date}"`);
    const progress = createProgress(ctx.stderr, 'ingest');
    const summary = await withStore(ctx, (store) => ingestPaths(store, ctx.positionals, { ...readerOptions(ctx), onProgress: progress.update }));
    progress.done();
    if (ctx.values.json) {
      printJson(ctx.stdout, {
        read: summary.read, stored: summary.stored, duplicates: summary.duplicates, rejected: summary.rejected,
        elapsedMs: Math.round(summary.elapsedMs), storedIds: summary.storedIds, rejections: summary.rejections, warnings: summary.warnings,
      });
    } else {
      for (const d of [...summary.rejections, ...summary.warnings]) {
        println(ctx.stderr, `${d.severity === 'error' ? 'rejected' : 'warning'}: ${d.file ?? '-'}${d.line ? `:${d.line}` : ''}: ${d.code}: ${d.message}`);
      }
      printSummary(ctx.stdout, summary);
    }
    return summary.rejected > 0 ? 1 : 0;
  },
};
