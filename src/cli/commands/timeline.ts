import { timeline } from '../../engine/timeline.js';
import { parseReportDate } from '../../ingest/dates.js';
import { type CommandSpec, DB_OPTION, intOption, JSON_OPTION, printJson, println, usageError } from '../command.js';
import { withStore } from './with-store.js';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `newsgraph timeline`: events and statements in time order. */
export const timelineCommand: CommandSpec = {
  name: 'timeline',
  summary: 'events and statements in time order, optionally for one entity and between dates',
  description: 'Events are placed at the date the text gives (resolved against the report date), statements at their report date; "(report date)" marks an inferred date.',
  positionals: [{ name: 'entity', variadic: true }],
  options: {
    db: DB_OPTION,
    since: { type: 'string', placeholder: 'YYYY[-MM[-DD]]', description: 'only from this date on' },
    until: { type: 'string', placeholder: 'YYYY[-MM[-DD]]', description: 'only up to this date (a month or year includes all of it)' },
    limit: { type: 'string', placeholder: 'n', default: '200', description: 'how many items to show' },
    json: JSON_OPTION,
  },
  examples: ['newsgraph timeline', 'newsgraph timeline Vellmar --since 2024-03-12', 'newsgraph timeline --until 2024-03 --json'],
  async run(ctx) {
    for (const k of ['since', 'until']) {
      const v = ctx.values[k] as string | undefined;
      if (v !== undefined && (!PARTIAL_DATE.test(v) || (v.length === 10 && !parseReportDate(v)))) throw usageError(`--${k} takes YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
    }
    const entity = ctx.positionals.join(' ') || undefined;
    const items = await withStore(ctx, (s) => timeline(s, { entity, since: ctx.values.since as string, until: ctx.values.until as string, limit: intOption(ctx, 'limit', 200) }));
    if (ctx.values.json) {
      printJson(ctx.stdout, items);
      return 0;
    }
    if (items.length === 0) println(ctx.stdout, 'nothing in that range');
    for (const i of items) println(ctx.stdout, `${(i.when ?? 'undated').padEnd(10)}${i.inferred ? '*' : ' '} ${i.kind.padEnd(9)} ${i.summary.replace(/\s+/g, ' ')}  [${i.id}]`);
    if (items.length) println(ctx.stdout, '* the report date: the text gives no date of its own');
    return 0;
  },
};
