import { h } from '../dom.js';
import { formatDate, reportTitle, sourceChips } from '../format.js';
import { reportUrl } from '../links.js';
import type { StoryPage, StoryReport } from '../types.js';

const label = (r: StoryReport) => reportTitle(r.title, r.excerpt);

/** "copy of APA, 11 Mar 2024" with a link to the original. */
function copyNote(r: StoryReport, byId: Map<string, StoryReport>): HTMLElement | null {
  if (!r.copyOf) return null;
  const o = byId.get(r.copyOf);
  return h('span', { class: 'copy-note' }, h('span', { class: 'flag copy' }, 'copy'), ' of ',
    h('a', { href: reportUrl(r.copyOf) }, o ? `${o.sources[0] ?? 'uncredited'}, ${formatDate(o.date)}` : r.copyOf),
    h('span', { class: 'muted' }, ' — counted once, with its original'));
}

/** Every outlet of the whole story with its reports and copies: the figures the pages add up to. */
export function outletTable(v: StoryPage): HTMLElement {
  return h('table', { class: 'outlet-counts' },
    h('caption', { class: 'visually-hidden' }, 'Reports per outlet across the story'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Outlet'), h('th', { scope: 'col' }, 'Reports'), h('th', { scope: 'col' }, 'of which copies'))),
    h('tbody', {}, v.outlets.map((o) => h('tr', {}, h('th', { scope: 'row' }, o.outlet), h('td', {}, String(o.reports)), h('td', {}, String(o.copies))))));
}

/**
 * Outlets down, days across, for the reports loaded so far: each report is a dot in its
 * outlet's row on its day (hollow for a copy), so who published when — and who only reprinted —
 * shows at a glance.
 */
export function outletMatrix(reports: StoryReport[]): HTMLElement {
  const days = [...new Set(reports.map((r) => r.date ?? 'undated'))].sort();
  const byOutlet = new Map<string, StoryReport[]>();
  for (const r of reports) byOutlet.set(r.outlet, [...(byOutlet.get(r.outlet) ?? []), r]);
  const rows = [...byOutlet].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
  return h('div', { class: 'matrix-wrap' }, h('table', { class: 'outlet-matrix' },
    h('caption', { class: 'visually-hidden' }, 'Reports by outlet and day'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Outlet'), days.map((d) => h('th', { scope: 'col' }, formatDate(d))))),
    h('tbody', {}, rows.map(([outlet, list]) => h('tr', {},
      h('th', { scope: 'row' }, outlet),
      days.map((d) => h('td', {}, list.filter((r) => (r.date ?? 'undated') === d).map((r) =>
        h('a', { class: r.copyOf ? 'dot copy' : 'dot', href: reportUrl(r.id), title: `${r.copyOf ? 'copy: ' : ''}${label(r)}`, 'aria-label': `${r.copyOf ? 'copy: ' : ''}${label(r)}` }, r.copyOf ? '○' : '●')))))))),
    h('p', { class: 'meta legend' }, '● a report · ○ a copy of an earlier report'));
}

/** The reports loaded so far in date order, with their outlet, opening and, for copies, the original. */
export function reportTimeline(reports: StoryReport[]): HTMLElement {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const sorted = [...reports].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  return h('ol', { class: 'story-reports' }, sorted.map((r) => h('li', { class: r.copyOf ? 'story-report is-copy' : 'story-report' },
    h('span', { class: 'when' }, formatDate(r.date)),
    h('div', {},
      h('a', { class: 'title', href: reportUrl(r.id) }, label(r)),
      h('div', { class: 'meta' }, sourceChips(r.sources), ' ', copyNote(r, byId))))));
}
