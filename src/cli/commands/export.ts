import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { EXPORT_FORMATS, EXPORT_WHATS, ExportError, exportStore, type ExportFormat } from '../../engine/export/export-store.js';
import { createStreamSink } from '../../engine/export/sink.js';
import type { ExportWhat } from '../../engine/export/tabular-export.js';
import { CliError, type CommandSpec, DB_OPTION, println, usageError } from '../command.js';
import { withStore } from './with-store.js';

/** `newsgraph export`: write the store out for spreadsheets, Gephi, Aleph and fact-checking tools. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'write reports, statements, events, entities or the actor graph as JSONL, CSV, GEXF, GraphML, FollowTheMoney or JSON-LD',
  description: 'Streams from the store, one report at a time. jsonl and csv hold any listing (--what); gexf and graphml hold the actor graph (actors as nodes, statements and events as edges) for Gephi; ftm writes FollowTheMoney entities (actors, articles, mentions, events) for Aleph; jsonld writes statements as schema.org Claims with their first appearance. Output goes to stdout unless --out names a file.',
  options: {
    db: DB_OPTION,
    format: { type: 'string', short: 'f', placeholder: EXPORT_FORMATS.join('|'), default: 'jsonl', description: 'output format' },
    what: { type: 'string', short: 'w', placeholder: EXPORT_WHATS.join('|'), description: 'what to export (default: reports; graph for gexf/graphml; entities for ftm; statements for jsonld)' },
    out: { type: 'string', short: 'o', placeholder: 'file', description: 'write to this file instead of stdout' },
    isolates: { type: 'boolean', description: 'gexf/graphml: also write actors that have no edge' },
  },
  examples: [
    'newsgraph export --format csv --what statements --out statements.csv',
    'newsgraph export --format gexf --out story.gexf',
    'newsgraph export --format ftm --out entities.ftm.json',
    'newsgraph export --format jsonld --out claims.jsonld',
    'newsgraph export --what events | jq .type',
  ],
  async run(ctx) {
    const format = String(ctx.values.format ?? 'jsonl') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw usageError(`--format takes ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
    const what = ctx.values.what === undefined ? undefined : (String(ctx.values.what) as ExportWhat);
    if (what !== undefined && !EXPORT_WHATS.includes(what)) throw usageError(`--what takes ${EXPORT_WHATS.join(', ')}, not "${what}"`);
    const outPath = ctx.values.out as string | undefined;
    const file = outPath ? createWriteStream(outPath) : null;
    const sink = createStreamSink(file ?? ctx.stdout);
    try {
      const result = await withStore(ctx, (store) => exportStore(store, { format, what, isolates: Boolean(ctx.values.isolates) }, sink));
      if (outPath) println(ctx.stderr, `exported ${result.records} ${result.what} record(s) as ${format} to ${outPath}`);
      return 0;
    } catch (e) {
      if (e instanceof ExportError) throw usageError(e.message);
      throw e instanceof CliError ? e : new CliError('export/failed', (e as Error).message);
    } finally {
      if (file) {
        file.end();
        await finished(file).catch(() => undefined);
      }
    }
  },
};
