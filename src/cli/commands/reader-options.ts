import type { ReaderOptions } from '../../ingest/read-item.js';
import { type CommandContext, intOption } from '../command.js';

/** Reader options shared by analyze and ingest: --date and --max-bytes. */
export function readerOptions(ctx: CommandContext): ReaderOptions {
  const maxBytes = ctx.values['max-bytes'] === undefined ? undefined : intOption(ctx, 'max-bytes', 1);
  return { date: (ctx.values.date as string | undefined) ?? null, maxFileBytes: maxBytes, maxLineBytes: maxBytes };
}
