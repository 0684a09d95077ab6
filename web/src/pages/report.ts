import { get } from '../api.js';
import { h } from '../dom.js';
import { explainAnnotation } from '../explain.js';
import { formatDate, plural, reportTitle, sourceChips, typeBadge } from '../format.js';
import { annotationsOf, LAYERS, segment, type Annotation, type Layer } from '../highlight.js';
import { entityUrl } from '../links.js';
import { storyLink } from '../story/story-card.js';
import type { Page } from '../page.js';
import { statementLine } from '../statement-view.js';
import type { Analysis, StorySummary } from '../types.js';

/** `#chars=120-160`: a character range to mark (from a story's disagreement), or null. */
function charRange(hash: string, length: number): { start: number; end: number } | null {
  const m = /^#chars=(\d+)-(\d+)$/.exec(hash);
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return start < end && end <= length ? { start, end } : null;
}

const LAYER_NAMES: Record<Layer, string> = { statement: 'Statements', entity: 'Entities', event: 'Events', date: 'Dates', unknown: 'Unknowns' };

/** The list entry for one annotation in the side lists. */
function listLabel(ann: Annotation): Node {
  switch (ann.layer) {
    case 'statement': return statementLine(ann.item);
    case 'entity': return h('span', {}, typeBadge(ann.item.type), ' ', ann.item.text);
    case 'event': return h('span', {}, h('strong', {}, ann.item.type), ' ', `${ann.item.actor?.name ?? ann.item.actor?.text ?? '—'} → ${ann.item.target?.name ?? ann.item.target?.text ?? '—'}`, h('span', { class: 'muted' }, ` (“${ann.item.trigger.text}”)`));
    case 'date': return h('span', {}, `“${ann.item.text}” `, h('span', { class: 'muted' }, `→ ${ann.item.when}`));
    case 'unknown': return h('span', {}, h('strong', {}, ann.item.kind), ' ', ann.item.about);
  }
}

/** Report view: the text with every annotation highlighted and explained on hover or focus. */
export const reportPage: Page = async ({ params, hash }) => {
  const [{ data: a }, stories] = await Promise.all([
    get<Analysis>(`/api/reports/${encodeURIComponent(params.id)}`),
    // A store that was never linked has no stories; the report still shows.
    get<StorySummary[]>('/api/stories', { report: params.id }).catch(() => ({ data: [] as StorySummary[], next: null })),
  ]);
  const anns = annotationsOf(a);
  const range = charRange(hash, a.text.length);
  const inRange = (s: number, e: number) => range !== null && s >= range.start && e <= range.end;
  const byKey = new Map(anns.map((x) => [x.key, x]));
  const spansOf = new Map<string, HTMLElement[]>();
  const piecesOfEl = new WeakMap<HTMLElement, Annotation[]>();

  const textEl = h('div', { class: 'report-text', id: 'report-text' });
  for (const seg of segment(a.text.length, anns, range ? [range.start, range.end] : [])) {
    const text = a.text.slice(seg.start, seg.end);
    const marked = inRange(seg.start, seg.end);
    if (seg.pieces.length === 0) {
      textEl.append(marked ? h('mark', { class: 'focus-range' }, text) : text);
      continue;
    }
    const el = h('span', { class: ['seg', ...new Set(seg.pieces.map((p) => p.cls)), marked ? 'focus-range' : ''].join(' ').trim() }, text);
    piecesOfEl.set(el, [...new Map(seg.pieces.map((p) => [p.ann.key, p.ann])).values()]);
    for (const p of seg.pieces) spansOf.set(p.ann.key, [...(spansOf.get(p.ann.key) ?? []), el]);
    textEl.append(el);
  }

  const hint = h('p', { class: 'muted explain-hint' }, anns.length ? 'Point at highlighted text, or pick an item below, to see what was found and by which rule.' : 'No annotations were found in this report yet.');
  const panel = h('div', { class: 'explain', 'aria-live': 'polite' }, hint);
  // The last annotation pointed at stays explained, so links in the panel can be reached.
  let pinned: Annotation[] | null = null;
  let active: string[] = [];
  const show = (list: Annotation[] | null) => {
    for (const k of active) for (const el of spansOf.get(k) ?? []) el.classList.remove('active');
    active = (list ?? []).map((x) => x.key);
    for (const k of active) for (const el of spansOf.get(k) ?? []) el.classList.add('active');
    panel.replaceChildren(...(list && list.length ? list.map((x) => explainAnnotation(x, a)) : [hint]));
  };
  textEl.addEventListener('mouseover', (ev) => {
    const seg = (ev.target as HTMLElement).closest('.seg') as HTMLElement | null;
    if (seg) show(piecesOfEl.get(seg) ?? null);
  });
  textEl.addEventListener('click', (ev) => {
    const seg = (ev.target as HTMLElement).closest('.seg') as HTMLElement | null;
    pinned = seg ? piecesOfEl.get(seg) ?? null : null;
    show(pinned);
  });

  const focusAnn = (ann: Annotation, scroll: boolean) => {
    pinned = [ann];
    show(pinned);
    if (scroll) spansOf.get(ann.key)?.[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const toggles = h('fieldset', { class: 'layer-toggles' }, h('legend', {}, 'Show'),
    LAYERS.map((layer) => {
      const n = anns.filter((x) => x.layer === layer).length;
      const box = h('input', { type: 'checkbox', checked: true, id: `toggle-${layer}`, onchange: () => textEl.classList.toggle(`hide-${layer}`, !box.checked) });
      return h('label', { class: `toggle layer-${layer}`, for: `toggle-${layer}` }, box, ` ${LAYER_NAMES[layer]} `, h('span', { class: 'count' }, String(n)));
    }));

  const lists = LAYERS.map((layer) => {
    const items = anns.filter((x) => x.layer === layer);
    if (items.length === 0) return null;
    return h('section', { class: `ann-list layer-${layer}` },
      h('h2', {}, LAYER_NAMES[layer], ' ', h('span', { class: 'count' }, String(items.length))),
      h('ul', {}, items.map((ann) => h('li', {},
        h('button', {
          type: 'button', class: 'ann-item', id: `item-${ann.item.id}`, 'data-key': ann.key,
          onfocus: () => focusAnn(ann, false), onmouseenter: () => show([ann]), onclick: () => focusAnn(ann, true),
        }, listLabel(ann)),
      ))),
    );
  });

  const r = a.report;
  const people = [...new Map(a.entityIndex.map((e) => [e.name, e])).values()];
  const header = h('header', { class: 'report-head' },
    h('p', { class: 'kicker' }, formatDate(r.date), ' · ', sourceChips(r.sources)),
    h('h1', { tabindex: '-1' }, reportTitle(r.title, a.text)),
    h('p', { class: 'meta' },
      `Report ${r.id} · ${plural(a.statements.length, 'statement')} · ${plural(a.events.length, 'event')} · ${plural(a.unknowns.length, 'unknown')}`,
      r.url && /^https?:\/\//i.test(r.url) ? [' · ', h('a', { href: r.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null,
    ),
    stories.data.length ? h('p', { class: 'in-story' }, 'Part of the story ', stories.data.map((st, i) => [i ? '; ' : '', storyLink(st)])) : null,
    people.length ? h('p', { class: 'people' }, 'Named: ', people.map((e) => h('a', { class: `chip ent-chip t-${e.type}`, href: entityUrl(e.name) }, e.name))) : null,
  );

  const diagnostics = a.diagnostics.length
    ? h('details', { class: 'diagnostics' }, h('summary', {}, plural(a.diagnostics.length, 'diagnostic')),
      h('ul', {}, a.diagnostics.map((d) => h('li', {}, h('code', {}, d.code), ' ', d.message))))
    : null;

  const node = h('div', { class: 'report-page' },
    header,
    h('div', { class: 'report-grid' },
      h('div', { class: 'report-main' }, toggles, h('article', { class: 'report-body', 'aria-label': 'report text' }, textEl), diagnostics),
      h('aside', { class: 'report-side' }, h('div', { class: 'sticky' }, panel), lists),
    ),
  );
  return {
    title: reportTitle(r.title, a.text),
    node,
    mounted: () => {
      if (range) {
        textEl.querySelector('.focus-range')?.scrollIntoView({ block: 'center' });
        return;
      }
      const id = decodeURIComponent(hash.replace(/^#/, ''));
      const ann = anns.find((x) => x.item.id === id && x.layer === 'statement') ?? anns.find((x) => x.item.id === id) ?? byKey.get(id);
      if (ann) {
        focusAnn(ann, true);
        document.getElementById(`item-${ann.item.id}`)?.classList.add('current');
      }
    },
  };
};
