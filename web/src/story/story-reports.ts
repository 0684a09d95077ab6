import { h } from '../dom.js';
import { formatDate, reportTitle, sourceChips } from '../format.js';
import { reportUrl } from '../links.js';
import type { StoryReport, StoryView } from '../types.js';

const label = (r: StoryReport) => reportTitle(r.title, r.excerpt ?? '');

/** "copy of APA, 11 Mar 2024" with a link to the original. */
function copyNote(r: StoryReport, byId: Map<string, StoryReport>): HTMLElement | null {
  if (!r.copyOf) return null;
  const o = byId.get(r.copyOf);
  return h('span', { class: 'copy-note' }, h('span', { class: 'flag copy' }, 'copy'), ' of ',
    h('a', { href: reportUrl(r.copyOf) }, o ? `${o.sources[0] ?? 'uncredited'}, ${formatDate(o.date)}` : r.copyOf),
    h('span', { class: 'muted' }, ' — counted once, with its original'));
}

/**
 * Outlets down, days across: each report is a dot in its outlet's row on its day (hollow for a
 * copy), so who published when — and who only reprinted — shows at a glance.
 */
export function outletMatrix(v: StoryView): HTMLElement {
  const byId = new Map(v.reportList.map((r) => [r.id, r]));
  const days = [...new Set(v.reportList.map((r) => r.date ?? 'undated'))].sort();
  return h('div', { class: 'matrix-wrap' }, h('table', { class: 'outlet-matrix' },
    h('caption', { class: 'visually-hidden' }, 'Reports by outlet and day'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Outlet'), days.map((d) => h('th', { scope: 'col' }, formatDate(d))))),
    h('tbody', {}, v.byOutlet.map((o) => h('tr', {},
      h('th', { scope: 'row' }, o.outlet),
      days.map((d) => h('td', {}, o.reports.map((id) => byId.get(id)).filter((r): r is StoryReport => !!r && (r.date ?? 'undated') === d).map((r) =>
        h('a', { class: r.copyOf ? 'dot copy' : 'dot', href: reportUrl(r.id), title: `${r.copyOf ? 'copy: ' : ''}${label(r)}`, 'aria-label': `${r.copyOf ? 'copy: ' : ''}${label(r)}` }, r.copyOf ? '○' : '●')))))))),
    h('p', { class: 'meta legend' }, '● a report · ○ a copy of an earlier report'));
}

/** Every report in date order, with its outlet, opening and, for copies, the original. */
export function reportTimeline(v: StoryView): HTMLElement {
  const byId = new Map(v.reportList.map((r) => [r.id, r]));
  const sorted = [...v.reportList].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  return h('ol', { class: 'story-reports' }, sorted.map((r) => h('li', { class: r.copyOf ? 'story-report is-copy' : 'story-report' },
    h('span', { class: 'when' }, formatDate(r.date)),
    h('div', {},
      h('a', { class: 'title', href: reportUrl(r.id) }, label(r)),
      h('div', { class: 'meta' }, sourceChips(r.sources), ' ', copyNote(r, byId))))));
}
