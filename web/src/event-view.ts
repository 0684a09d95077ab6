import { h } from './dom.js';
import { formatDate, sourceChips } from './format.js';
import { entityUrl, reportUrl } from './links.js';
import type { EventRecord, InReport } from './types.js';

const actor = (r: EventRecord['actor']) => {
  if (!r) return h('span', { class: 'muted' }, '—');
  const name = r.name ?? r.text;
  return r.entity ? h('a', { href: entityUrl(name) }, name) : h('span', {}, name);
};

/** Events as a vertical timeline, grouped by day (the event date, else the report date). */
export function eventTimeline(events: InReport<EventRecord>[]): HTMLElement {
  const days = new Map<string, InReport<EventRecord>[]>();
  for (const e of events) {
    const day = e.item.date.when ?? e.reportDate ?? 'undated';
    days.set(day, [...(days.get(day) ?? []), e]);
  }
  const sorted = [...days.entries()].sort(([x], [y]) => x.localeCompare(y));
  return h('ol', { class: 'timeline' }, sorted.map(([day, list]) => h('li', { class: 'tl-day' },
    h('h3', { class: 'tl-date' }, formatDate(day)),
    h('ul', {}, list.map((e) => h('li', { class: 'tl-item' },
      h('span', { class: 'badge layer-event' }, e.item.type), ' ',
      actor(e.item.actor), h('span', { class: 'arrow' }, ' → '), actor(e.item.target),
      e.item.negated ? h('span', { class: 'flag deny' }, 'did not happen') : null,
      e.item.hedged ? h('span', { class: 'flag hedged' }, 'hedged') : null,
      h('div', { class: 'meta' },
        h('a', { href: reportUrl(e.reportId, e.item.id) }, `“${e.item.trigger.text}”`), ' · ',
        e.item.date.inferred ? 'date inferred' : 'date stated', ' · ', sourceChips(e.sources)),
    ))),
  )));
}
