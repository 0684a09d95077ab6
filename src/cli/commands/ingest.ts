import { type IngestSummary } from '../../engine/ingest.js';
import { defaultThreads, ingestItemsParallel } from '../../engine/parallel-ingest.js';
import { relink, type LinkSummary } from '../../engine/link.js';
import { enqueueItems, type EnqueueSummary } from '../../engine/queue.js';
import { parseReportDate } from '../../ingest/dates.js';
import { readInputs } from '../../ingest/read-inputs.js';
import { type CommandContext, type CommandSpec, DB_OPTION, intOption, JSON_OPTION, printJson, println, usageError } from '../command.js';
import { createProgress } from '../progress.js';
import { READER_OPTIONS, readerOptions } from './reader-options.js';
import { withStore } from './with-store.js';

function printSummary(out: NodeJS.WritableStream, s: IngestSummary): void {
  const rate = s.elapsedMs > 0 ? (s.stored / (s.elapsedMs / 1000)).toFixed(1) : '0';
  println(out as never, `ingested ${s.read} input${s.read === 1 ? '' : 's'}: ${s.stored} stored, ${s.duplicates} already stored, ${s.rejected} rejected (${(s.elapsedMs / 1000).toFixed(2)} s, ${rate} reports/s)`);
}

/** `ingest --queue`: store raw reports in the PostgreSQL queue for `newsgraph worker`. */
async function runEnqueue(ctx: CommandContext): Promise<number> {
  const s: EnqueueSummary = await withStore(ctx, (store) => enqueueItems(store, readInputs(ctx.positionals, readerOptions(ctx))));
  if (ctx.values.json) {
    printJson(ctx.stdout, { read: s.read, enqueued: s.enqueued, already: s.already, rejected: s.rejected, elapsedMs: Math.round(s.elapsedMs), rejections: s.rejections, warnings: s.warnings });
  } else {
    for (const d of [...s.rejections, ...s.warnings]) {
      println(ctx.stderr, `${d.severity === 'error' ? 'rejected' : 'warning'}: ${d.file ?? '-'}${d.line ? `:${d.line}` : ''}: ${d.code}: ${d.message}`);
    }
    println(ctx.stdout, `queued ${s.read} input${s.read === 1 ? '' : 's'}: ${s.enqueued} enqueued, ${s.already} already queued or stored, ${s.rejected} rejected (${(s.elapsedMs / 1000).toFixed(2)} s); run \`newsgraph worker\` to analyse them`);
  }
  return s.rejected > 0 ? 1 : 0;
}

/** `newsgraph ingest`: read, analyse and store reports. */
export const ingestCommand: CommandSpec = {
  name: 'ingest',
  summary: 'read reports from files, folders or stdin, analyse them and store them',
  description: 'Folders are read recursively in name order. *.jsonl/*.ndjson files hold one report per line; other files are seed-format or plain text. A report already stored (same id: body, date and sources) is not stored again. Bad inputs are named with the reason, and the rest of the batch goes on; the exit code is 1 when any input was rejected.',
  positionals: [{ name: 'path|-', required: true, variadic: true }],
  options: {
    db: DB_OPTION,
    ...READER_OPTIONS,
    json: { ...JSON_OPTION, description: 'print the summary (counts and every rejection) as JSON' },
    threads: { type: 'string', placeholder: 'n', description: 'analysis threads (default: one per core); one thread writes' },
    queue: { type: 'boolean', description: 'only enqueue the reports in the PostgreSQL store for `newsgraph worker` to analyse' },
    'no-link': { type: 'boolean', description: 'skip the cross-report step (entities, copies, stories, closed gaps); run `newsgraph link` later' },
  },
  examples: [
    'newsgraph ingest examples/',
    'newsgraph ingest reports.jsonl --db news.db',
    'newsgraph ingest article.txt --date 2024-03-02',
    'newsgraph ingest inbox/ --json | jq .rejections',
    'newsgraph ingest big.jsonl --threads 2',
    'newsgraph ingest big.jsonl --queue --db postgres://news@db/newsgraph',
  ],
  async run(ctx) {
    if (ctx.values.date !== undefined && !parseReportDate(String(ctx.values.date))) throw usageError(`--date takes YYYY-MM-DD, not "${ctx.values.date}"`);
    const threads = intOption(ctx, 'threads', defaultThreads());
    if (ctx.values.queue) return runEnqueue(ctx);
    const progress = createProgress(ctx.stderr, 'ingest');
    let link: LinkSummary | null = null;
    const summary = await withStore(ctx, async (store) => {
      const s = await ingestItemsParallel(store, readInputs(ctx.positionals, readerOptions(ctx)), { ...readerOptions(ctx), threads, onProgress: progress.update });
      progress.done();
      if (s.stored > 0 && !ctx.values['no-link']) link = await relink(store);
      return s;
    });
    if (ctx.values.json) {
      printJson(ctx.stdout, {
        read: summary.read, stored: summary.stored, duplicates: summary.duplicates, rejected: summary.rejected,
        elapsedMs: Math.round(summary.elapsedMs), storedIds: summary.storedIds, rejections: summary.rejections, warnings: summary.warnings, link,
      });
    } else {
      for (const d of [...summary.rejections, ...summary.warnings]) {
        println(ctx.stderr, `${d.severity === 'error' ? 'rejected' : 'warning'}: ${d.file ?? '-'}${d.line ? `:${d.line}` : ''}: ${d.code}: ${d.message}`);
      }
      printSummary(ctx.stdout, summary);
      const l = link as LinkSummary | null;
      if (l) println(ctx.stdout, `linked: ${l.entities} entities, ${l.stories} stories, ${l.copies} copies, ${l.closures} closed gaps (${(l.elapsedMs / 1000).toFixed(2)} s)`);
    }
    return summary.rejected > 0 ? 1 : 0;
  },
};
