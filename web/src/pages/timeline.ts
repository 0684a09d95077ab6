import { get } from '../api.js';
import { h } from '../dom.js';
import { eventTimeline } from '../event-view.js';
import { formatDate, plural, reportTitle, sourceChips } from '../format.js';
import { reportUrl, timelineUrl } from '../links.js';
import type { Page } from '../page.js';
import type { EventRecord, InReport, ReportSummary } from '../types.js';

/** Timeline: reports by the day they were published, and events by the day they happened. */
export const timelinePage: Page = async ({ query, navigate }) => {
  const since = query.get('since') ?? '';
  const until = query.get('until') ?? '';
  const entity = query.get('entity') ?? '';
  const [events, reports] = await Promise.all([
    get<InReport<EventRecord>[]>('/api/events', { since, until, entity, limit: 500 }),
    entity ? Promise.resolve({ data: [] as ReportSummary[], next: null }) : get<ReportSummary[]>('/api/reports', { since, until, limit: 200 }),
  ]);
  const byDay = new Map<string, ReportSummary[]>();
  for (const r of reports.data) byDay.set(r.date ?? 'undated', [...(byDay.get(r.date ?? 'undated') ?? []), r]);
  const days = [...byDay.entries()].sort(([x], [y]) => x.localeCompare(y));

  const form = h('form', { class: 'filters', action: '/timeline', method: 'get' },
    h('label', {}, 'From ', h('input', { type: 'date', name: 'since', value: since })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'until', value: until })),
    h('label', {}, 'Entity ', h('input', { type: 'text', name: 'entity', value: entity, placeholder: 'any' })),
    h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    navigate(timelineUrl({ since: String(d.get('since') ?? ''), until: String(d.get('until') ?? ''), entity: String(d.get('entity') ?? '').trim() }));
  });

  const node = h('div', { class: 'timeline-page' },
    h('h1', { tabindex: '-1' }, entity ? `Timeline: ${entity}` : 'Timeline'),
    form,
    h('div', { class: 'timeline-grid' },
      h('section', {},
        h('h2', {}, 'Events ', h('span', { class: 'count' }, String(events.data.length))),
        events.data.length ? eventTimeline(events.data) : h('p', { class: 'empty' }, 'No events found for these filters.'),
        events.next ? h('p', { class: 'muted' }, 'Showing the first 500 events; narrow the dates to see more.') : null),
      entity ? null : h('section', {},
        h('h2', {}, 'Reports ', h('span', { class: 'count' }, String(reports.data.length))),
        days.length === 0 ? h('p', { class: 'empty' }, 'No reports in these dates.') : h('ol', { class: 'timeline' }, days.map(([day, list]) => h('li', { class: 'tl-day' },
          h('h3', { class: 'tl-date' }, formatDate(day), ' ', h('span', { class: 'count' }, plural(list.length, 'report'))),
          h('ul', {}, list.map((r) => h('li', { class: 'tl-item' }, h('a', { href: reportUrl(r.id) }, reportTitle(r.title, r.excerpt)), ' ', sourceChips(r.sources))))))),
        reports.next ? h('p', { class: 'muted' }, 'Showing the newest 200 reports; narrow the dates to see more.') : null),
    ),
  );
  return { title: 'Timeline', node };
};
