import { get } from '../api.js';
import { h } from '../dom.js';
import { eventTimeline } from '../event-view.js';
import { plural } from '../format.js';
import { entityUrl, storiesUrl } from '../links.js';
import type { Page } from '../page.js';
import { statementCard } from '../statement-view.js';
import { dateRange } from '../story/story-card.js';
import { disagreementList } from '../story/story-disagreements.js';
import { gapColumns } from '../story/story-gaps.js';
import { outletMatrix, outletTable, reportTimeline } from '../story/story-reports.js';
import type { StoryPage } from '../types.js';

const section = (id: string, title: string, count: number | null, ...body: (Node | null)[]) =>
  h('section', { class: 'story-section', id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title, count === null ? null : [' ', h('span', { class: 'count' }, String(count))]), ...body);

const figure = (n: number, what: string, note?: string) => h('div', { class: 'figure' }, h('span', { class: 'n' }, String(n)), h('span', { class: 'what' }, what), note ? h('span', { class: 'note' }, note) : null);

/**
 * Story page: story-wide figures (reports, independent sources, outlets, gaps, disagreements)
 * from the first answer, and the reports a page at a time: "more" appends the next page's
 * reports, their statements, events and gaps.
 */
export const storyPage: Page = async ({ params }) => {
  const path = `/api/stories/${encodeURIComponent(params.id)}`;
  const first = await get<StoryPage>(path);
  const v = first.data;
  const loaded = { reports: [...v.reportList], statements: [...v.statements], events: [...v.events], unknowns: [...v.unknowns] };
  let next = first.next;
  // Names with an entity page: the story's entities and the speakers the pipeline resolved to one.
  const known = new Set((v.entityList ?? []).map((e) => e.name.toLowerCase()));
  const scope = v.disagreementScope;

  const shown = h('p', { class: 'meta shown' });
  const matrix = h('div', {});
  const timeline = h('div', {});
  const gaps = h('div', {});
  const said = h('div', {});
  const more = h('button', { type: 'button', class: 'more' }, 'Show more reports');

  const render = () => {
    for (const s of loaded.statements) if (s.speaker?.entity && s.speaker.name) known.add(s.speaker.name.toLowerCase());
    const sourcesOf = new Map(loaded.reports.map((r) => [r.id, r.sources]));
    shown.textContent = loaded.reports.length < v.reports
      ? `Showing the first ${plural(loaded.reports.length, 'report')} of ${v.reports.toLocaleString('en')}, by date; gaps and statements below are theirs.`
      : `All ${plural(v.reports, 'report')}, by date.`;
    matrix.replaceChildren(outletMatrix(loaded.reports));
    timeline.replaceChildren(reportTimeline(loaded.reports));
    gaps.replaceChildren(gapColumns(loaded.unknowns, loaded.reports, known));
    said.replaceChildren(
      h('details', {}, h('summary', {}, plural(loaded.statements.length, 'statement')),
        h('ul', { class: 'cards' }, loaded.statements.map((s) => statementCard({ reportId: s.reportId, reportDate: s.reportDate, sources: sourcesOf.get(s.reportId) ?? [], item: s })))),
      h('details', {}, h('summary', {}, plural(loaded.events.length, 'event')),
        eventTimeline(loaded.events.map((e) => ({ reportId: e.reportId, reportDate: e.reportDate, sources: sourcesOf.get(e.reportId) ?? [], item: e })))));
    more.hidden = !next;
    more.textContent = `Show ${plural(Math.min(v.page.limit, v.reports - loaded.reports.length), 'more report')}`;
  };
  more.addEventListener('click', async () => {
    if (!next) return;
    more.disabled = true;
    const page = await get<StoryPage>(path, { cursor: next });
    loaded.reports.push(...page.data.reportList);
    loaded.statements.push(...page.data.statements);
    loaded.events.push(...page.data.events);
    loaded.unknowns.push(...page.data.unknowns);
    next = page.next;
    more.disabled = false;
    render();
  });
  render();

  const node = h('div', { class: 'story-page' },
    h('header', { class: 'story-head' },
      h('p', { class: 'kicker' }, h('a', { href: storiesUrl() }, 'Story'), ' · ', dateRange(v.first, v.last)),
      h('h1', { tabindex: '-1' }, v.title || 'Untitled story'),
      h('div', { class: 'figures' },
        figure(v.reports, v.reports === 1 ? 'report' : 'reports', v.copies ? `${plural(v.copies, 'copy', 'copies')} of earlier reports` : undefined),
        figure(v.independentSources, v.independentSources === 1 ? 'independent source' : 'independent sources', 'copies count once'),
        figure(v.gaps.open, v.gaps.open === 1 ? 'open gap' : 'open gaps'),
        figure(v.gaps.closed, v.gaps.closed === 1 ? 'closed gap' : 'closed gaps', 'by a later report'),
        figure(v.disagreements.length, v.disagreements.length === 1 ? 'disagreement' : 'disagreements', scope.capped ? `among the first ${scope.reports} of ${scope.independent} independent reports` : undefined)),
      (v.entityList ?? []).length ? h('p', { class: 'story-entities' }, 'Who and where: ', (v.entityList ?? []).slice(0, 14).map((e) => h('a', { class: `chip ent-chip t-${e.type}`, href: entityUrl(e.name), title: e.type }, e.name))) : null,
    ),
    section('sources', 'Independent sources', v.independentSources,
      h('p', { class: 'lede' }, `${plural(v.reports, 'report')} trace back to ${plural(v.independentSources, 'independent origin')}. A reprinted wire story counts with its original; a report crediting a news agency counts the agency.`),
      h('ul', { class: 'origins' }, v.origins.map((o) => h('li', { class: 'chip source origin' }, o)))),
    section('reports', 'Reports by outlet and time', v.reports, outletTable(v), shown, matrix, timeline, more),
    section('gaps', 'Gaps', v.gaps.open + v.gaps.closed, gaps),
    section('disagreements', 'Disagreements', v.disagreements.length,
      scope.capped ? h('p', { class: 'meta' }, `Looked for among the first ${scope.reports} of the ${scope.independent} independent reports, by date.`) : null,
      disagreementList(v.disagreements, known)),
    section('said', 'What was said and done', null, said),
  );
  return { title: v.title || 'Story', node };
};
