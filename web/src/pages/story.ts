import { get } from '../api.js';
import { h } from '../dom.js';
import { eventTimeline } from '../event-view.js';
import { plural } from '../format.js';
import { entityUrl, storiesUrl } from '../links.js';
import type { Page } from '../page.js';
import { statementCard } from '../statement-view.js';
import { dateRange } from '../story/story-card.js';
import { disagreementList } from '../story/story-disagreements.js';
import { gapColumns, groupGaps } from '../story/story-gaps.js';
import { outletMatrix, reportTimeline } from '../story/story-reports.js';
import type { StoryView } from '../types.js';

const section = (id: string, title: string, count: number | null, ...body: (Node | null)[]) =>
  h('section', { class: 'story-section', id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title, count === null ? null : [' ', h('span', { class: 'count' }, String(count))]), ...body);

const figure = (n: number, what: string, note?: string) => h('div', { class: 'figure' }, h('span', { class: 'n' }, String(n)), h('span', { class: 'what' }, what), note ? h('span', { class: 'note' }, note) : null);

/** Story page: reports by outlet and time (copies marked), independent sources, open and closed gaps, disagreements side by side. */
export const storyPage: Page = async ({ params }) => {
  const { data: v } = await get<StoryView>(`/api/stories/${encodeURIComponent(params.id)}`);
  const sourcesOf = new Map(v.reportList.map((r) => [r.id, r.sources]));
  const copies = v.reportList.filter((r) => r.copyOf).length;
  // A wire's gap repeated by its reprints is one gap.
  const open = groupGaps(v.unknowns.filter((u) => u.status === 'open')).length;
  const closed = groupGaps(v.unknowns.filter((u) => u.status === 'closed')).length;
  // Names with an entity page: the story's entities and the speakers the pipeline resolved to one.
  const known = new Set([...(v.entityList ?? []).map((e) => e.name), ...v.statements.filter((s) => s.speaker?.entity && s.speaker.name).map((s) => s.speaker!.name!)].map((n) => n.toLowerCase()));
  const node = h('div', { class: 'story-page' },
    h('header', { class: 'story-head' },
      h('p', { class: 'kicker' }, h('a', { href: storiesUrl() }, 'Story'), ' · ', dateRange(v.first, v.last)),
      h('h1', { tabindex: '-1' }, v.title || 'Untitled story'),
      h('div', { class: 'figures' },
        figure(v.reports, v.reports === 1 ? 'report' : 'reports', copies ? `${plural(copies, 'copy', 'copies')} of earlier reports` : undefined),
        figure(v.independentSources, v.independentSources === 1 ? 'independent source' : 'independent sources', 'copies count once'),
        figure(open, open === 1 ? 'open gap' : 'open gaps'),
        figure(closed, closed === 1 ? 'closed gap' : 'closed gaps', 'by a later report'),
        figure(v.disagreements.length, v.disagreements.length === 1 ? 'disagreement' : 'disagreements')),
      (v.entityList ?? []).length ? h('p', { class: 'story-entities' }, 'Who and where: ', (v.entityList ?? []).slice(0, 14).map((e) => h('a', { class: `chip ent-chip t-${e.type}`, href: entityUrl(e.name), title: e.type }, e.name))) : null,
    ),
    section('sources', 'Independent sources', v.independentSources,
      h('p', { class: 'lede' }, `${plural(v.reports, 'report')} trace back to ${plural(v.independentSources, 'independent origin')}. A reprinted wire story counts with its original; a report crediting a news agency counts the agency.`),
      h('ul', { class: 'origins' }, v.origins.map((o) => h('li', { class: 'chip source origin' }, o)))),
    section('reports', 'Reports by outlet and time', v.reports, outletMatrix(v), reportTimeline(v)),
    section('gaps', 'Gaps', open + closed, gapColumns(v, known)),
    section('disagreements', 'Disagreements', v.disagreements.length, disagreementList(v.disagreements, known)),
    section('said', 'What was said and done', null,
      h('details', {}, h('summary', {}, plural(v.statements.length, 'statement')),
        h('ul', { class: 'cards' }, v.statements.map((s) => statementCard({ reportId: s.reportId, reportDate: s.reportDate, sources: sourcesOf.get(s.reportId) ?? [], item: s })))),
      h('details', {}, h('summary', {}, plural(v.events.length, 'event')),
        eventTimeline(v.events.map((e) => ({ reportId: e.reportId, reportDate: e.reportDate, sources: sourcesOf.get(e.reportId) ?? [], item: e }))))),
  );
  return { title: v.title || 'Story', node };
};
