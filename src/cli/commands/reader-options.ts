import { parseColumnMap } from '../../ingest/column-map.js';
import type { ReaderOptions } from '../../ingest/read-item.js';
import { type CommandContext, intOption, type OptionSpec, usageError } from '../command.js';

/** Options every command that reads reports takes. */
export const READER_OPTIONS: Record<string, OptionSpec> = {
  date: { type: 'string', placeholder: 'YYYY-MM-DD', description: 'report date for plain text without a `date` line' },
  'max-bytes': { type: 'string', placeholder: 'n', description: 'largest text file or JSONL line accepted (default: 10 MiB)' },
  map: { type: 'string', placeholder: 'field=column,...', multiple: true, description: 'CSV columns for report fields: text, date, title, url, outlet, sources, id (e.g. text=body,date=published)' },
};

/** Reader options from --date, --max-bytes and --map. */
export function readerOptions(ctx: CommandContext): ReaderOptions {
  const maxBytes = ctx.values['max-bytes'] === undefined ? undefined : intOption(ctx, 'max-bytes', 1);
  const map = ctx.values.map as string[] | undefined;
  let columns;
  try {
    columns = map?.length ? parseColumnMap(map) : undefined;
  } catch (e) {
    throw usageError((e as Error).message.startsWith("--map") ? (e as Error).message : `--map: ${(e as Error).message}`);
  }
  return { date: (ctx.values.date as string | undefined) ?? null, maxFileBytes: maxBytes, maxLineBytes: maxBytes, ...(columns ? { columns } : {}) };
}
