import { CliError, type CommandSpec, DB_OPTION, JSON_OPTION, printJson, println } from '../command.js';
import { formatAnalysis } from '../format-analysis.js';
import { withStore } from './with-store.js';

/** `newsgraph show`: one stored report with its annotations. */
export const showCommand: CommandSpec = {
  name: 'show',
  summary: 'show a stored report with its entities, statements, events, dates and unknowns',
  positionals: [{ name: 'report-id', required: true }],
  options: { db: DB_OPTION, json: { ...JSON_OPTION, description: 'print the report in the analyze JSON shape' } },
  examples: ['newsgraph show 5ec14ac25bef6a39', 'newsgraph show 5ec14ac25bef6a39 --json | jq .unknowns'],
  async run(ctx) {
    const id = ctx.positionals[0];
    const a = await withStore(ctx, (s) => s.getAnalysis(id));
    if (!a) throw new CliError('not-found', `no report with id ${id} (ids are listed by \`newsgraph search\`)`);
    if (ctx.values.json) printJson(ctx.stdout, a);
    else {
      ctx.stdout.write(formatAnalysis(a));
      println(ctx.stdout);
      println(ctx.stdout, a.text);
    }
    return 0;
  },
};
