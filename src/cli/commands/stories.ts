import { storyPage } from '../../engine/queries-story.js';
import { listStories } from '../../engine/stories.js';
import { CliError, type CommandSpec, DB_OPTION, intOption, JSON_OPTION, printJson, println, usageError } from '../command.js';
import { withStore } from './with-store.js';

/** `newsgraph stories`: stories across reports. */
export const storiesCommand: CommandSpec = {
  name: 'stories',
  summary: 'stories: reports about the same happening, with report and independent-source counts',
  description: 'Syndicated copies count once: a report that reprints another counts with its original\'s origin, and a report crediting a news agency counts the agency as its origin.',
  options: { db: DB_OPTION, json: JSON_OPTION },
  examples: ['newsgraph stories', 'newsgraph stories --json | jq ".[0].independentSources"'],
  async run(ctx) {
    const stories = await withStore(ctx, listStories);
    if (ctx.values.json) {
      printJson(ctx.stdout, stories);
      return 0;
    }
    if (stories.length === 0) println(ctx.stdout, 'no stories yet: ingest reports first');
    for (const s of stories) {
      println(ctx.stdout, `${s.id}  ${s.first ?? '?'}…${s.last ?? '?'}  ${s.reports} report${s.reports === 1 ? '' : 's'}, ${s.independentSources} independent source${s.independentSources === 1 ? '' : 's'}  ${s.title}`);
    }
    return 0;
  },
};

/** `newsgraph story`: one story with its sources, gaps and disagreements. */
export const storyCommand: CommandSpec = {
  name: 'story',
  summary: 'one story: reports by outlet and date, independent sources, open and closed gaps, disagreements side by side',
  positionals: [{ name: 'story-id', required: true }],
  description: 'Story-wide figures (outlets, copies, gaps, disagreements) cover the whole story; the reports, and the statements, events and gaps listed, are one page of the story\'s reports by date. Pass `--cursor` with the `next` of a `--json` page for the following one.',
  options: {
    db: DB_OPTION,
    limit: { type: 'string', placeholder: 'n', default: '20', description: 'reports per page (at most 100)' },
    cursor: { type: 'string', placeholder: 'c', description: 'continue from the `next` cursor of an earlier --json page' },
    json: JSON_OPTION,
  },
  examples: ['newsgraph story st3d9709e397ac1345', 'newsgraph story st3d9709e397ac1345 --json | jq .disagreements', 'newsgraph story st3d9709e397ac1345 --limit 100 --json | jq -r .next'],
  async run(ctx) {
    const id = ctx.positionals[0];
    const limit = intOption(ctx, 'limit', 20);
    if (limit > 100) throw usageError('--limit: at most 100 reports a page');
    const page = await withStore(ctx, (s) => storyPage(s, id, { limit, cursor: (ctx.values.cursor as string) ?? null }));
    if (!page) throw new CliError('not-found', `no story ${id} (\`newsgraph stories\` lists them)`);
    const v = page.view;
    if (ctx.values.json) {
      printJson(ctx.stdout, { ...v, next: page.next });
      return 0;
    }
    const out = (l = '') => println(ctx.stdout, l);
    out(`${v.title}  (${v.id})`);
    out(`${v.first ?? '?'} to ${v.last ?? '?'}: ${v.reports} reports, ${v.independentSources} independent sources (${v.origins.join(', ')})`);
    out(`Outlets: ${v.outlets.map((o) => `${o.outlet} ${o.reports}${o.copies ? ` (${o.copies} cop${o.copies === 1 ? 'y' : 'ies'})` : ''}`).join(', ')}`);
    out(`Gaps across the story: ${v.gaps.open} open, ${v.gaps.closed} closed`);
    out(`\nReports ${v.page.offset + 1}–${v.page.offset + v.reportList.length} of ${v.reports}:`);
    for (const r of v.reportList) out(`  ${r.date ?? 'undated'}  ${r.id}  ${r.sources.join(', ')}${r.copyOf ? `  — copy of ${r.copyOf}` : ''}`);
    out(`\nStatements: ${v.statements.length}; events: ${v.events.length}`);
    const open = v.unknowns.filter((u) => u.status === 'open');
    const closed = v.unknowns.filter((u) => u.status === 'closed');
    out(`\nOpen gaps (${open.length}):`);
    for (const u of open) out(`  ${u.reportDate ?? ''} ${u.kind}: ${u.subject ? `${u.subject.text}: ` : ''}${u.about}  [${u.reportId}:${u.id}]`);
    out(`\nClosed gaps (${closed.length}):`);
    for (const u of closed) out(`  ${u.reportDate ?? ''} ${u.kind}: ${u.subject ? `${u.subject.text}: ` : ''}${u.about} — closed by ${u.closedBy?.closedBy} (${u.closedBy?.rule})`);
    out(`\nDisagreements (${v.disagreements.length}${v.disagreementScope.capped ? `, among the first ${v.disagreementScope.reports} of ${v.disagreementScope.independent} independent reports` : ''}):`);
    for (const d of v.disagreements) {
      out(`  ${d.kind}: ${d.about.replace(/\s+/g, ' ').slice(0, 120)}`);
      for (const side of d.sides) {
        for (const c of side.claims) out(`    ${side.value.padEnd(8)} ${c.date ?? ''} ${c.speaker ?? c.sources.join(', ')}: “${c.text.replace(/\s+/g, ' ').slice(0, 100)}”  [${c.reportId}]`);
      }
    }
    if (page.next) out(`\nmore reports: newsgraph story ${id} --limit ${limit} --cursor ${page.next}`);
    return 0;
  },
};
