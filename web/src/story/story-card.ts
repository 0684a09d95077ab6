import { h } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { entityUrl, storyUrl } from '../links.js';
import type { StorySummary } from '../types.js';

/** "11 Mar 2024 – 18 Mar 2024", or one date when the story spans a single day. */
export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  if (!first || !last || first === last) return formatDate(first ?? last);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

/** The two counts a story is read by: every report, and the independent sources behind them. */
export const storyCounts = (s: { reports: number; independentSources: number }) =>
  h('span', { class: 'story-counts-inline' }, h('strong', {}, plural(s.reports, 'report')), ' from ', h('strong', {}, plural(s.independentSources, 'independent source')));

/** A story in a list: title, dates, counts, origins and its central entities. */
export function storyCard(s: StorySummary, headingLevel: 'h2' | 'h3' = 'h3'): HTMLElement {
  return h('li', { class: 'card story-card' },
    h(headingLevel, {}, h('a', { href: storyUrl(s.id) }, s.title || 'Untitled story')),
    h('p', { class: 'meta' }, dateRange(s.first, s.last), ' · ', storyCounts(s)),
    s.origins.length ? h('p', { class: 'meta' }, 'Origins: ', s.origins.map((o) => h('span', { class: 'chip source' }, o))) : null,
    s.entities.length ? h('p', { class: 'story-entities' }, s.entities.map((e) => h('a', { class: `chip ent-chip t-${e.type}`, href: entityUrl(e.name), title: e.type }, e.name))) : null,
  );
}

/** A short line linking to a story, for report and entity pages. */
export function storyLink(s: StorySummary): HTMLElement {
  return h('span', { class: 'story-link' }, h('a', { href: storyUrl(s.id) }, s.title || 'Untitled story'), ' ',
    h('span', { class: 'muted' }, `(${dateRange(s.first, s.last)}; ${plural(s.reports, 'report')}, ${plural(s.independentSources, 'independent source')})`));
}
