import { get } from '../api.js';
import { h } from '../dom.js';
import { formatDate, plural, reportTitle, sourceChips } from '../format.js';
import { graphUrl, reportUrl, storiesUrl, timelineUrl } from '../links.js';
import type { Page } from '../page.js';
import { storyCard } from '../story/story-card.js';
import type { ReportSummary, Stats, StorySummary, UnknownWithStatus } from '../types.js';
import { searchForm } from './search.js';

/** Start page: search, what the store holds, the latest reports and the open questions. */
export const homePage: Page = async () => {
  const [stats, reports, unknowns, stories] = await Promise.all([
    get<Stats>('/api/stats'), get<ReportSummary[]>('/api/reports', { limit: 12 }), get<UnknownWithStatus[]>('/api/unknowns', { limit: 8 }),
    get<StorySummary[]>('/api/stories', { limit: 3 }),
  ]);
  const s = stats.data;
  const node = h('div', { class: 'home' },
    h('section', { class: 'hero' },
      h('h1', { tabindex: '-1' }, 'Who said what, on whose word — and what is still unknown'),
      searchForm('', true),
      h('p', { class: 'stats' },
        `${plural(s.reports, 'report')} from ${plural(s.sources, 'source')} · ${plural(s.entities, 'entity', 'entities')} · ${plural(s.statements, 'statement')} · ${plural(s.events, 'event')} · ${plural(s.stories, 'story', 'stories')} · ${plural(s.unknowns, 'gap')}`),
      h('p', { class: 'actions' }, h('a', { href: storiesUrl() }, 'Stories'), ' · ', h('a', { href: timelineUrl() }, 'Timeline'), ' · ', h('a', { href: graphUrl() }, 'Graph of actors'), ' · ', h('a', { href: '/api/openapi.json' }, 'API'))),
    stories.data.length ? h('section', { class: 'home-stories' },
      h('h2', {}, 'Stories ', h('a', { class: 'see-all', href: storiesUrl() }, stories.next ? 'all stories →' : 'as a list →')),
      h('ul', { class: 'cards story-row' }, stories.data.map((st) => storyCard(st)))) : null,
    h('div', { class: 'home-grid' },
      h('section', {}, h('h2', {}, 'Latest reports'),
        reports.data.length === 0 ? h('p', { class: 'empty' }, 'The store is empty. Ingest reports with `newsgraph ingest`, or run `newsgraph demo`.') :
          h('ul', { class: 'cards' }, reports.data.map((r) => h('li', { class: 'card' },
            h('h3', {}, h('a', { href: reportUrl(r.id) }, reportTitle(r.title, r.excerpt))),
            h('p', { class: 'meta' }, formatDate(r.date), ' · ', sourceChips(r.sources)))))),
      h('section', {}, h('h2', {}, 'Still unknown'),
        unknowns.data.length === 0 ? h('p', { class: 'empty' }, 'No open questions found yet.') :
          h('ul', { class: 'cards' }, unknowns.data.map((u) => h('li', { class: 'card unknown-card' },
            h('p', {}, h('strong', {}, u.item.about), u.item.subject ? ` — ${u.item.subject.text}` : ''),
            h('p', { class: 'meta' }, h('a', { href: reportUrl(u.reportId, u.item.id) }, `“${u.item.text}”`), ' · ', formatDate(u.reportDate))))))),
  );
  return { title: 'newsgraph', node };
};
