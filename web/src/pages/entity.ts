import { get } from '../api.js';
import { h } from '../dom.js';
import { eventTimeline } from '../event-view.js';
import { formatDate, plural, sourceChips, typeBadge } from '../format.js';
import { entityUrl, graphUrl, reportUrl, searchUrl, timelineUrl } from '../links.js';
import type { Page } from '../page.js';
import { statementCard } from '../statement-view.js';
import type { EntityPage } from '../types.js';

const section = (title: string, count: number, body: Node, empty: string) => h('section', { class: 'entity-section' },
  h('h2', {}, title, ' ', h('span', { class: 'count' }, String(count))),
  count ? body : h('p', { class: 'empty' }, empty));

/** Entity page: aliases, roles, statements by and about it, its events on a timeline, co-occurring actors. */
export const entityPage: Page = async ({ params }) => {
  const { data: e } = await get<EntityPage>(`/api/entities/${encodeURIComponent(params.name)}`);
  const facts = h('dl', { class: 'facts' },
    e.aliases.length ? [h('dt', {}, 'Also called'), h('dd', {}, e.aliases.join(', '))] : null,
    e.roles.length ? [h('dt', {}, 'Roles'), h('dd', {}, e.roles.join(', '))] : null,
    e.affiliations.length ? [h('dt', {}, 'Affiliation'), h('dd', {}, e.affiliations.join(', '))] : null,
    [h('dt', {}, 'Mentioned in'), h('dd', {}, plural(e.reportCount, 'report'),
      e.reportsRead && e.reportsRead < e.reportCount ? h('span', { class: 'muted' }, ` (statements and events below come from the ${e.reportsRead} newest)`) : null)],
  );
  const node = h('div', { class: 'entity-page' },
    h('header', { class: 'entity-head' },
      h('p', { class: 'kicker' }, e.types.map((t) => typeBadge(t.type))),
      h('h1', { tabindex: '-1' }, e.name),
      facts,
      h('p', { class: 'actions' },
        h('a', { href: searchUrl({ q: `"${e.name}"` }) }, 'Search reports'), ' · ',
        h('a', { href: searchUrl({ q: `"${e.name}"`, type: 'statement' }) }, 'Search statements'), ' · ',
        h('a', { href: timelineUrl({ entity: e.name }) }, 'Timeline'), ' · ',
        h('a', { href: graphUrl() }, 'Graph')),
    ),
    h('div', { class: 'entity-grid' },
      h('div', {},
        section('Statements by', e.statementsBy.length, h('ul', { class: 'cards' }, e.statementsBy.map(statementCard)), `No statement attributed to ${e.name}.`),
        section('Statements about', e.statementsAbout.length, h('ul', { class: 'cards' }, e.statementsAbout.map(statementCard)),
          e.reportCount ? `No statement mentions ${e.name} in its content.` : 'No report mentions this entity by name.'),
        section('Events', e.events.length, eventTimeline(e.events), `No event with ${e.name} as actor or target.`),
      ),
      h('aside', {},
        section('Appears with', e.coActors.length, h('ul', { class: 'co-actors' }, e.coActors.map((c) => h('li', {},
          h('a', { href: entityUrl(c.name) }, typeBadge(c.type), ' ', c.name), ' ', h('span', { class: 'count', title: 'reports in common' }, String(c.reports))))),
          'No other entity in the same reports.'),
        section('Reports', e.reportCount, h('ul', { class: 'report-refs' }, e.reports.map((r) => h('li', {},
          h('a', { href: reportUrl(r.id) }, formatDate(r.date)), ' ', sourceChips(r.sources)))), 'Only named as a speaker.'),
      ),
    ),
  );
  return { title: e.name, node };
};
