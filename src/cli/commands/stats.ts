import { type CommandSpec, DB_OPTION, JSON_OPTION, printJson, println } from '../command.js';
import { withStore } from './with-store.js';

/** `newsgraph stats`: counts of what the store holds. */
export const statsCommand: CommandSpec = {
  name: 'stats',
  summary: 'count reports, sources, entities, statements, events, unknowns and stories in the store',
  options: { db: DB_OPTION, json: JSON_OPTION },
  examples: ['newsgraph stats', 'newsgraph stats --json | jq .reports'],
  async run(ctx) {
    const s = await withStore(ctx, (store) => store.stats());
    if (ctx.values.json) printJson(ctx.stdout, s);
    else for (const [k, v] of Object.entries(s)) println(ctx.stdout, `${k.padEnd(12)} ${v}`);
    return 0;
  },
};
