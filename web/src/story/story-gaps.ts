import { h } from '../dom.js';
import { formatDate } from '../format.js';
import { entityUrl, reportUrl } from '../links.js';
import type { StoryReport, StoryUnknown } from '../types.js';

export const UNKNOWN_LABELS: Record<string, string> = {
  'unspecified-actor': 'actor not named', 'no-response': 'no response yet', 'unclear-link': 'unclear link',
  'declined-to-comment': 'declined to comment', unconfirmed: 'unconfirmed', 'not-disclosed': 'not disclosed',
};

/** The same gap reported by several reports (a wire and its reprints) is one gap, stated several times. */
export function groupGaps(list: StoryUnknown[]): StoryUnknown[][] {
  const groups = new Map<string, StoryUnknown[]>();
  for (const u of list) {
    const key = [u.kind, u.subject?.text.toLowerCase() ?? '', u.about.toLowerCase(), u.status, u.closedBy?.closedBy ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  return [...groups.values()];
}

const reportName = (id: string, byId: Map<string, StoryReport>) => {
  const r = byId.get(id);
  return r ? `${r.sources[0] ?? 'uncredited'}, ${formatDate(r.date)}` : `report ${id}`;
};

function gapCard(group: StoryUnknown[], byId: Map<string, StoryReport>, known: Set<string>): HTMLElement {
  const u = group[0];
  const c = u.closedBy;
  return h('li', { class: `card gap-card ${u.status}` },
    h('p', {}, h('span', { class: `badge gap-${u.status}` }, u.status), ' ', h('strong', {}, UNKNOWN_LABELS[u.kind] ?? u.kind), ': ',
      u.subject ? [known.has(u.subject.text.toLowerCase()) ? h('a', { href: entityUrl(u.subject.text) }, u.subject.text) : u.subject.text, ' — '] : null, u.about),
    h('p', { class: 'meta' }, 'Stated in ', group.map((g, i) => [i ? ', ' : '', h('a', { href: reportUrl(g.reportId, g.id), title: g.text }, reportName(g.reportId, byId))]),
      ': ', h('q', {}, u.text)),
    c ? h('div', { class: 'closed-by' },
      h('p', {}, 'Closed by ', h('a', { href: reportUrl(c.closedBy, c.item ?? undefined) }, reportName(c.closedBy, byId)), ': ', h('q', {}, c.text)),
      h('p', { class: 'meta' }, 'rule ', h('code', {}, c.rule))) : null,
  );
}

/**
 * Open and closed gaps of the reports loaded so far, side by side, each closed one with the report that closed it. `known`
 * holds the (lower-cased) names that have an entity page: "The company" does not.
 */
export function gapColumns(unknowns: StoryUnknown[], reports: StoryReport[], known: Set<string>): HTMLElement {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const col = (status: 'open' | 'closed', title: string, empty: string) => {
    const groups = groupGaps(unknowns.filter((u) => u.status === status));
    return h('section', { class: `gap-col ${status}` }, h('h3', {}, title, ' ', h('span', { class: 'count' }, String(groups.length))),
      groups.length ? h('ul', { class: 'cards' }, groups.map((g) => gapCard(g, byId, known))) : h('p', { class: 'empty' }, empty));
  };
  return h('div', { class: 'gap-columns' },
    col('open', 'Still open', 'No open gap: every question the reports raised was answered later.'),
    col('closed', 'Closed by a later report', 'No gap has been closed yet.'));
}
