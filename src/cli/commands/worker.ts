import { runWorker, type WorkerSummary } from '../../engine/worker.js';
import { parseDuration } from '../../engine/worker-duration.js';
import { isPostgresUrl } from '../../store/open-store.js';
import { openPostgresStore } from '../../store/postgres/pg-store.js';
import { relink, type LinkSummary } from '../../engine/link.js';
import { type CommandSpec, dbLocation, DB_OPTION, intOption, JSON_OPTION, printJson, println, usageError } from '../command.js';

function summaryLine(s: WorkerSummary): string {
  const rate = s.elapsedMs > 0 ? (s.stored / (s.elapsedMs / 1000)).toFixed(1) : '0';
  return `worker: ${s.stored} stored, ${s.duplicates} already stored, ${s.failed} failed, ${s.lost} taken over by other workers (${(s.elapsedMs / 1000).toFixed(2)} s, ${rate} reports/s)`;
}

/** `newsgraph worker`: analyse and store reports queued by `ingest --queue`. */
export const workerCommand: CommandSpec = {
  name: 'worker',
  summary: 'analyse and store reports queued by `ingest --queue` (PostgreSQL), alongside any number of other workers',
  description: 'Claims queued reports with FOR UPDATE SKIP LOCKED under a lease, analyses them and stores each report, its annotations and its queue row\'s completion in one transaction. Run as many workers as you like, on as many machines, against one database: a report is stored exactly once, and the reports of a worker that dies are taken over by others when its lease runs out. Stops cleanly on Ctrl-C or SIGTERM, handing back what it had not finished.',
  options: {
    db: { ...DB_OPTION, placeholder: 'url', default: undefined, description: 'the PostgreSQL store: a postgres:// URL (also $NEWSGRAPH_DB)' },
    concurrency: { type: 'string', placeholder: 'n', default: '1', description: 'reports analysed at once, each on its own thread' },
    once: { type: 'boolean', description: 'drain the queue, link the store (as ingest does), then exit (default: keep waiting for work)' },
    'no-link': { type: 'boolean', description: 'with --once, skip linking; run `newsgraph link` later' },
    lease: { type: 'string', placeholder: 'duration', default: '30s', description: 'how long a claim lasts before other workers may take it over, e.g. 30s, 5m' },
    batch: { type: 'string', placeholder: 'n', default: '4', description: 'reports claimed at a time' },
    json: { ...JSON_OPTION, description: 'print the summary as JSON' },
  },
  examples: [
    'newsgraph ingest reports.jsonl --queue --db postgres://news@db/newsgraph',
    'newsgraph worker --db postgres://news@db/newsgraph --concurrency 4',
    'NEWSGRAPH_DB=postgres://news@db/newsgraph newsgraph worker --once',
  ],
  async run(ctx) {
    const db = dbLocation(ctx);
    if (!isPostgresUrl(db)) throw usageError('worker needs a postgres:// store in --db or $NEWSGRAPH_DB (with SQLite, `ingest` analyses on every core itself)');
    const leaseMs = parseDuration(String(ctx.values.lease));
    if (leaseMs === null) throw usageError(`--lease takes a duration such as 30s or 5m, not ${JSON.stringify(ctx.values.lease)}`);
    const concurrency = intOption(ctx, 'concurrency', 1);
    const batchSize = intOption(ctx, 'batch', 4);
    const store = await openPostgresStore(db, { poolSize: concurrency + 2, applicationName: 'newsgraph worker' });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let summary: WorkerSummary;
    let link: LinkSummary | null = null;
    try {
      summary = await runWorker(store, { concurrency, once: Boolean(ctx.values.once), leaseMs, batchSize, signal: stop.signal });
      // A drained queue is a finished batch: link it, as ingest does (deterministic, so workers finishing together agree).
      if (ctx.values.once && !stop.signal.aborted && summary.stored > 0 && !ctx.values['no-link']) link = await relink(store);
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      await store.close();
    }
    if (ctx.values.json) printJson(ctx.stdout, { ...summary, elapsedMs: Math.round(summary.elapsedMs), link });
    else {
      println(ctx.stdout, summaryLine(summary));
      if (link) println(ctx.stdout, `linked: ${link.entities} entities, ${link.stories} stories, ${link.copies} copies, ${link.closures} closed gaps`);
    }
    // As with ingest, a report that could not be stored makes the exit code 1 (see the queue's `error` column).
    return summary.failed > 0 ? 1 : 0;
  },
};
