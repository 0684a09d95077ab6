import { type CommandSpec, DB_OPTION, intOption, JSON_OPTION, LIMIT_OPTION, printJson, println } from '../command.js';
import { withStore } from './with-store.js';

const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `newsgraph who-said`: statements by an entity, newest first. */
export const whoSaidCommand: CommandSpec = {
  name: 'who-said',
  summary: 'statements made by an entity, newest first, with report, date, cue and content',
  description: 'Matches the speaker\'s resolved name or any alias ("Ferreira" finds "João Ferreira"; "it" resolved to the ministry is found under the ministry).',
  positionals: [{ name: 'entity', required: true, variadic: true }],
  options: { db: DB_OPTION, limit: LIMIT_OPTION, cursor: { type: 'string', placeholder: 'c', description: 'continue from the `next` cursor of an earlier --json page' }, json: JSON_OPTION },
  examples: ['newsgraph who-said "Coastal Safety Directorate"', 'newsgraph who-said Visser --json | jq ".items[].item.content"'],
  async run(ctx) {
    const who = ctx.positionals.join(' ');
    const page = await withStore(ctx, (s) => s.statements({ speaker: who, limit: intOption(ctx, 'limit', 20), cursor: (ctx.values.cursor as string) ?? null }));
    if (ctx.values.json) {
      printJson(ctx.stdout, page);
      return 0;
    }
    if (page.items.length === 0) println(ctx.stdout, `no statements by ${JSON.stringify(who)}`);
    for (const { reportId, reportDate, sources, item: s } of page.items) {
      const speaker = s.speaker ? (s.speaker.name ?? s.speaker.text) : '(unknown)';
      const flags = [s.kind, s.polarity === 'deny' ? 'denial' : '', s.hedged ? 'hedged' : ''].filter(Boolean).join(', ');
      println(ctx.stdout, `${reportDate ?? 'undated'}  ${speaker} ${s.cue.text}  [${flags}]  ${reportId}:${s.id}  (${sources.join(', ')})`);
      println(ctx.stdout, `    “${clip(s.content.map((c) => c.text).join(' … ').replace(/\s+/g, ' '))}”`);
    }
    if (page.next) println(ctx.stdout, `more: --cursor ${page.next}`);
    return 0;
  },
};
