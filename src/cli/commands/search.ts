import { type CommandSpec, DB_OPTION, intOption, JSON_OPTION, LIMIT_OPTION, printJson, println } from '../command.js';
import { withStore } from './with-store.js';

/** `newsgraph search`: full-text search over stored reports. */
export const searchCommand: CommandSpec = {
  name: 'search',
  summary: 'search stored reports by words, ranked, with snippets',
  description: 'Bare words must all appear (accents and case are ignored). Quote a phrase with double quotes; AND, OR, NOT and prefix* work as in SQLite FTS5.',
  positionals: [{ name: 'query', required: true, variadic: true }],
  options: { db: DB_OPTION, limit: LIMIT_OPTION, cursor: { type: 'string', placeholder: 'c', description: 'continue from the `next` cursor of an earlier --json page' }, json: JSON_OPTION },
  examples: ['newsgraph search fuel spill', 'newsgraph search \'"Halden Star" AND captain\'', 'newsgraph search evacuat* --json'],
  async run(ctx) {
    const query = ctx.positionals.join(' ');
    const page = await withStore(ctx, (s) => s.search(query, { limit: intOption(ctx, 'limit', 20), cursor: (ctx.values.cursor as string) ?? null }));
    if (ctx.values.json) {
      printJson(ctx.stdout, page);
      return 0;
    }
    if (page.items.length === 0) println(ctx.stdout, `no reports match ${JSON.stringify(query)}`);
    for (const h of page.items) {
      println(ctx.stdout, `${h.reportId}  ${h.date ?? 'undated'}  ${h.sources.join(', ')}${h.title ? `  ${h.title}` : ''}`);
      println(ctx.stdout, `    ${h.snippet.replace(/\s+/g, ' ')}`);
    }
    if (page.next) println(ctx.stdout, `more: --cursor ${page.next}`);
    return 0;
  },
};
