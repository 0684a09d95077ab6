import { withClosureStatus } from '../../engine/stories.js';
import { type CommandSpec, DB_OPTION, intOption, JSON_OPTION, printJson, println } from '../command.js';
import { withStore } from './with-store.js';

/** `newsgraph unknowns`: the gaps reports admit, open ones by default. */
export const unknownsCommand: CommandSpec = {
  name: 'unknowns',
  summary: 'gaps the reports admit (unspecified actors, no response yet, unclear links, ...); open ones unless --all',
  description: 'A gap is closed when a later report of the same story answers it (the silent party speaks, the unnamed actor is named); --all lists closed gaps too, each with the report that closed it.',
  options: {
    db: DB_OPTION,
    all: { type: 'boolean', description: 'include gaps that later reports closed' },
    kind: { type: 'string', placeholder: 'kind', description: 'only this kind: unspecified-actor, no-response, unclear-link, declined-to-comment, unconfirmed, not-disclosed' },
    limit: { type: 'string', placeholder: 'n', default: '100', description: 'read at most ten times this many gaps, newest report first' },
    json: JSON_OPTION,
  },
  examples: ['newsgraph unknowns', 'newsgraph unknowns --all', 'newsgraph unknowns --kind no-response --json'],
  async run(ctx) {
    const rows = (await withStore(ctx, async (store) => withClosureStatus(store, (await store.unknowns({ limit: intOption(ctx, 'limit', 100) * 10 })).items)))
      .map((u) => ({ ...u.item, reportId: u.reportId, reportDate: u.reportDate, status: u.status, closedBy: u.closedBy }));
    const kind = ctx.values.kind as string | undefined;
    const shown = rows.filter((u) => (ctx.values.all || u.status === 'open') && (!kind || u.kind === kind));
    shown.sort((a, b) => (b.reportDate ?? '').localeCompare(a.reportDate ?? '') || a.reportId.localeCompare(b.reportId) || a.start - b.start);
    if (ctx.values.json) {
      printJson(ctx.stdout, shown);
      return 0;
    }
    if (shown.length === 0) println(ctx.stdout, ctx.values.all ? 'no gaps recorded' : 'no open gaps (try --all)');
    for (const u of shown) {
      println(ctx.stdout, `${u.reportDate ?? 'undated'}  ${u.status.toUpperCase().padEnd(6)} ${u.kind.padEnd(20)} ${u.subject ? `${u.subject.text}: ` : ''}${u.about}  ${u.reportId}:${u.id}`);
      println(ctx.stdout, `    “${u.text.replace(/\s+/g, ' ')}”`);
      if (u.closedBy) println(ctx.stdout, `    closed by ${u.closedBy.closedBy}${u.closedBy.item ? `:${u.closedBy.item}` : ''} (${u.closedBy.rule}): “${u.closedBy.text.replace(/\s+/g, ' ').slice(0, 160)}”`);
    }
    return 0;
  },
};
