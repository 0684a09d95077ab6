import { relink } from '../../engine/link.js';
import { type CommandSpec, DB_OPTION, JSON_OPTION, printJson, println } from '../command.js';
import { withStore } from './with-store.js';

/** `newsgraph link`: recompute cross-report links. */
export const linkCommand: CommandSpec = {
  name: 'link',
  summary: 'recompute cross-report links: canonical entities (with curation replayed), copies, stories, closed gaps',
  description: '`ingest` runs this after storing reports; run it yourself after `ingest --no-link` or after workers drain a queue.',
  options: { db: DB_OPTION, json: JSON_OPTION },
  examples: ['newsgraph link', 'newsgraph link --db postgres://localhost/news --json'],
  async run(ctx) {
    const s = await withStore(ctx, relink);
    if (ctx.values.json) printJson(ctx.stdout, s);
    else {
      println(ctx.stdout, `linked: ${s.entities} entities, ${s.stories} stories, ${s.copies} copies, ${s.closures} closed gaps (${(s.elapsedMs / 1000).toFixed(2)} s)`);
      for (const k of s.skipped) println(ctx.stderr, `curation #${k.seq} no longer applies: ${k.reason}`);
    }
    return 0;
  },
};
