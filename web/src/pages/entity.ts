import { get } from '../api.js';
import { h } from '../dom.js';
import { eventTimeline } from '../event-view.js';
import { formatDate, plural, sourceChips, typeBadge } from '../format.js';
import { entityUrl, graphUrl, reportUrl, searchUrl, timelineUrl } from '../links.js';
import type { Page } from '../page.js';
import { statementCard } from '../statement-view.js';
import { storyCard } from '../story/story-card.js';
import type { CanonicalEntity, CurationRecord, EntityView } from '../types.js';

/** Each role once, with the dates it was reported on, first seen first: "spokesman (11 Mar 2024 – 18 Mar 2024, 7 reports)". */
function rolesOverTime(c: CanonicalEntity): HTMLElement {
  const byRole = new Map<string, { dates: string[]; reports: string[] }>();
  for (const r of c.roles) {
    const cur = byRole.get(r.role) ?? { dates: [], reports: [] };
    if (r.date) cur.dates.push(r.date);
    cur.reports.push(r.reportId);
    byRole.set(r.role, cur);
  }
  const rows = [...byRole].map(([role, x]) => ({ role, dates: x.dates.sort(), reports: [...new Set(x.reports)] }))
    .sort((a, b) => (a.dates[0] ?? '').localeCompare(b.dates[0] ?? ''));
  return h('ul', { class: 'roles-over-time' }, rows.map((r) => h('li', {},
    h('strong', {}, r.role), ' ',
    h('span', { class: 'muted' }, r.dates.length ? (r.dates[0] === r.dates[r.dates.length - 1] ? formatDate(r.dates[0]) : `${formatDate(r.dates[0])} – ${formatDate(r.dates[r.dates.length - 1])}`) : 'undated'),
    ' ', h('a', { href: reportUrl(r.reports[0]), class: 'count', title: 'reports that give this role (the first is linked)' }, String(r.reports.length)))));
}

const opText = (r: CurationRecord) => Object.entries(r.op).filter(([k]) => k !== 'op').map(([, v]) => `“${v}”`).join(' ← ');

const section = (title: string, count: number, body: Node, empty: string) => h('section', { class: 'entity-section' },
  h('h2', {}, title, ' ', h('span', { class: 'count' }, String(count))),
  count ? body : h('p', { class: 'empty' }, empty));

/** Entity page: aliases, roles, statements by and about it, its events on a timeline, co-occurring actors. */
export const entityPage: Page = async ({ params }) => {
  const { data: e } = await get<EntityView>(`/api/entities/${encodeURIComponent(params.name)}`);
  const facts = h('dl', { class: 'facts' },
    e.aliases.length ? [h('dt', {}, 'Also called'), h('dd', {}, e.aliases.join(', '))] : null,
    e.canonical?.roles.length ? [h('dt', {}, 'Roles over time'), h('dd', {}, rolesOverTime(e.canonical))]
      : e.roles.length ? [h('dt', {}, 'Roles'), h('dd', {}, e.roles.join(', '))] : null,
    e.affiliations.length ? [h('dt', {}, 'Affiliation'), h('dd', {}, [...new Set([...e.affiliations, ...(e.canonical?.affiliations ?? [])])].join(', '))] : null,
    e.canonical ? [h('dt', {}, 'Across reports'), h('dd', {}, `one entity in ${plural(e.canonical.reports, 'report')}`,
      e.canonical.members.some((m) => m.name !== e.canonical!.name) ? h('span', { class: 'muted' }, `, named ${[...new Set(e.canonical.members.map((m) => m.name))].map((n) => `“${n}”`).join(', ')}`) : null)] : null,
    e.curation?.length ? [h('dt', {}, 'Edited by hand'), h('dd', {}, h('ul', { class: 'curation' }, e.curation.map((r) => h('li', {},
      h('code', {}, r.op.op ?? 'edit'), ' ', opText(r), ' ', h('span', { class: 'muted' }, `#${r.seq}, ${r.at.slice(0, 10)}`)))))] : null,
    e.others?.length ? [h('dt', {}, 'Not to be confused with'), h('dd', {}, e.others.map((o, i) => [i ? ', ' : '',
      h('a', { href: entityUrl(o.id) }, typeBadge(o.type), ' ', o.name), h('span', { class: 'muted' }, ` (${plural(o.reports, 'report')})`)]))] : null,
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
        section('Stories', e.stories?.length ?? 0, h('ul', { class: 'cards' }, (e.stories ?? []).map((st) => storyCard(st))), 'Not part of any story yet.'),
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
