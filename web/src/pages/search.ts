import { get } from '../api.js';
import { h, marked } from '../dom.js';
import { formatDate, plural, reportTitle, sourceChips, typeBadge } from '../format.js';
import { reportUrl, searchUrl, storiesUrl } from '../links.js';
import type { Page } from '../page.js';
import { statementCard } from '../statement-view.js';
import { storyLink } from '../story/story-card.js';
import type { FacetValue, SearchResult, StorySummary } from '../types.js';

const FILTERS = ['outlet', 'entity', 'since', 'until'] as const;

/** The search form, used in the page header and on the search page. */
export function searchForm(q: string, big = false): HTMLFormElement {
  return h('form', { class: big ? 'search-form big' : 'search-form', action: '/search', method: 'get', role: 'search' },
    h('label', { class: 'visually-hidden', for: big ? 'q-big' : 'q' }, 'Search reports and statements'),
    h('input', { type: 'search', name: 'q', id: big ? 'q-big' : 'q', value: q, placeholder: 'Search reports and statements…', autocomplete: 'off', required: true }),
    h('button', { type: 'submit' }, 'Search'));
}

/** Search over reports and statements with facets by outlet, date, entity and entity type. */
export const searchPage: Page = async ({ query }) => {
  const q = query.get('q')?.trim() ?? '';
  if (!q) return { title: 'Search', node: h('div', { class: 'search-page' }, h('h1', { tabindex: '-1' }, 'Search'), searchForm('', true)) };
  const type = query.get('type') === 'statement' ? 'statement' : 'report';
  const current: Record<string, string | null> = { q, type: type === 'statement' ? 'statement' : null };
  for (const f of FILTERS) current[f] = query.get(f);
  const params = { ...current, limit: 20 };
  const first = await get<SearchResult>('/api/search', params);
  const res = first.data;
  const hitIds = [...new Set([...res.reports.map((r) => r.reportId), ...res.statements.map((r) => r.reportId)])];
  const stories = hitIds.length ? (await get<StorySummary[]>('/api/stories', { report: hitIds.join(','), limit: 10 })).data : [];

  const link = (change: Record<string, string | null>) => searchUrl({ ...current, ...change });
  const facetList = (title: string, name: 'outlet' | 'entity' | 'since', values: FacetValue[], label = (v: FacetValue) => v.value as string | Node) =>
    values.length === 0 ? null : h('section', { class: 'facet' },
      h('h3', {}, title),
      h('ul', {}, values.map((v) => {
        const change = name === 'since'
          ? { since: v.value === 'undated' ? null : v.value, until: v.value === 'undated' ? null : v.value }
          : { [name]: v.value };
        const on = name === 'since' ? current.since === v.value && current.until === v.value : current[name] === v.value;
        return h('li', {}, h('a', { href: link(change), class: on ? 'on' : null, 'aria-current': on ? 'true' : null }, label(v), ' ', h('span', { class: 'count' }, String(v.count))));
      })));

  const chips = FILTERS.filter((f) => current[f]).map((f) => h('a', { class: 'chip filter', href: link({ [f]: null }), title: `remove ${f} filter` }, `${f}: ${current[f]}`, h('span', { 'aria-hidden': 'true' }, ' ×')));

  const results = h('ol', { class: 'results', start: '1' });
  const render = (r: SearchResult) => {
    if (r.type === 'report') {
      for (const hit of r.reports) {
        results.append(h('li', { class: 'card hit' },
          h('h2', {}, h('a', { href: reportUrl(hit.reportId) }, reportTitle(hit.title, hit.snippet.replace(/[[\]]/g, '')))),
          h('p', { class: 'meta' }, formatDate(hit.date), ' · ', sourceChips(hit.sources)),
          h('p', { class: 'snippet' }, marked(hit.snippet))));
      }
    } else {
      for (const s of r.statements) results.append(statementCard(s));
    }
  };
  render(res);
  let next = first.next;
  const more = h('button', { type: 'button', class: 'more', hidden: !next }, 'Load more');
  more.addEventListener('click', async () => {
    if (!next) return;
    more.disabled = true;
    const page = await get<SearchResult>('/api/search', { ...params, cursor: next });
    render(page.data);
    next = page.next;
    more.disabled = false;
    more.hidden = !next;
  });

  const count = type === 'report' ? plural(res.total, 'matching report') : `${plural(res.statements.length, 'statement')}${next ? ' so far' : ''} in ${plural(res.total, 'matching report')}`;
  const empty = (type === 'report' ? res.reports.length : res.statements.length) === 0;
  const node = h('div', { class: 'search-page' },
    h('h1', { class: 'visually-hidden', tabindex: '-1' }, `Search: ${q}`),
    searchForm(q, true),
    h('nav', { class: 'tabs', 'aria-label': 'result type' },
      h('a', { href: link({ type: null }), class: type === 'report' ? 'on' : null, 'aria-current': type === 'report' ? 'page' : null }, 'Reports'),
      h('a', { href: link({ type: 'statement' }), class: type === 'statement' ? 'on' : null, 'aria-current': type === 'statement' ? 'page' : null }, 'Statements')),
    h('div', { class: 'search-grid' },
      h('aside', { class: 'facets', 'aria-label': 'filters' },
        stories.length ? h('section', { class: 'facet story-facet' }, h('h3', {}, 'In stories'),
          h('ul', { class: 'plain' }, stories.map((st) => h('li', {}, storyLink(st)))),
          h('p', { class: 'meta' }, h('a', { href: storiesUrl() }, 'All stories →'))) : null,
        facetList('Outlet', 'outlet', res.facets.outlet),
        facetList(`Date (${res.facets.dateUnit})`, 'since', res.facets.date, (v) => v.value === 'undated' ? 'undated' : formatDate(v.value)),
        facetList('Entity', 'entity', res.facets.entity, (v) => h('span', {}, v.type ? typeBadge(v.type) : null, ' ', v.value)),
        res.facets.entityType.length ? h('section', { class: 'facet' }, h('h3', {}, 'Entity types'),
          h('ul', { class: 'plain' }, res.facets.entityType.map((v) => h('li', {}, typeBadge(v.value), ' ', h('span', { class: 'count' }, String(v.count)))))) : null,
      ),
      h('section', { class: 'search-results', 'aria-label': 'results' },
        h('p', { class: 'result-count' }, count, res.capped ? ` (filters and counts cover the best ${res.scope} matches)` : '', ' ', chips),
        empty ? h('p', { class: 'empty' }, type === 'report' ? 'No report matches. Try fewer words, or remove a filter.' : 'No statement in the matching reports holds these words.') : results,
        more),
    ),
  );
  return { title: `${q} — search`, node };
};
