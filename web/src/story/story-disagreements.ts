import { h } from '../dom.js';
import { formatDate, sourceChips } from '../format.js';
import { entityUrl, reportSpanUrl } from '../links.js';
import type { Claim, Disagreement } from '../types.js';

function claimItem(c: Claim, known: Set<string>): HTMLElement {
  const speaker = c.speaker === null ? h('span', { class: 'muted' }, 'the report itself')
    : known.has(c.speaker.toLowerCase()) ? h('a', { href: entityUrl(c.speaker) }, c.speaker) : h('span', {}, c.speaker);
  return h('li', { class: 'claim' },
    h('p', { class: 'who' }, speaker),
    h('p', {}, h('a', { class: 'claim-text', href: reportSpanUrl(c.reportId, c.start, c.end), title: 'see it in the report' }, `“${c.text}”`)),
    h('p', { class: 'meta' }, formatDate(c.date), ' · ', sourceChips(c.sources)));
}

/** One disagreement: each side in its own column, with who says it and where. */
function disagreementCard(d: Disagreement, known: Set<string>): HTMLElement {
  const what = d.kind === 'number' ? `How many ${d.about}?` : d.about;
  return h('li', { class: 'card disagreement' },
    h('p', {}, h('span', { class: `badge dis-${d.kind}` }, d.kind === 'number' ? 'different numbers' : 'denial'), ' ', h('strong', {}, what)),
    h('div', { class: 'sides' }, d.sides.map((s) => h('section', { class: `side side-${s.value}` },
      h('h4', {}, d.kind === 'number' ? s.value : s.value === 'denied' ? 'Denied' : 'Asserted', ' ', h('span', { class: 'count', title: 'claims' }, String(s.claims.length))),
      h('ul', { class: 'claims' }, s.claims.map((c) => claimItem(c, known)))))));
}

/** Where the story's sources disagree, side by side; speakers in `known` (lower-cased names) link to their page. */
export function disagreementList(list: Disagreement[], known: Set<string>): HTMLElement {
  return list.length ? h('ul', { class: 'cards disagreements' }, list.map((d) => disagreementCard(d, known))) : h('p', { class: 'empty' }, 'The independent reports do not contradict each other on numbers or denials.');
}
