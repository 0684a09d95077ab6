import { h } from './dom.js';
import { formatDate, reportTitle, sourceChips } from './format.js';
import { entityUrl, reportUrl } from './links.js';
import type { InReport, Statement } from './types.js';

/** Put text in curly quotes unless a direct quote already brings its own. */
export function quoted(text: string): string {
  return /^[“"«‘']/.test(text) ? text : `“${text}”`;
}

/** Speaker → cue → content, the way a statement reads; the speaker links to their page. */
export function statementLine(s: Statement): HTMLElement {
  const name = s.speaker?.name ?? s.speaker?.text ?? null;
  return h('p', { class: 'statement-line' },
    name ? h('a', { class: 'speaker', href: entityUrl(name) }, name) : h('span', { class: 'speaker muted' }, 'unattributed'),
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
    h('span', { class: 'cue' }, s.cue.text),
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
    h('span', { class: 'content' }, quoted(s.content.map((c) => c.text).join(' … '))),
    s.polarity === 'deny' ? h('span', { class: 'flag deny' }, 'denial') : null,
    s.hedged ? h('span', { class: 'flag hedged' }, 'hedged') : null,
  );
}

/** A statement with the report it comes from, linking to its highlighted place. */
export function statementCard(r: InReport<Statement>): HTMLElement {
  return h('li', { class: 'card statement-card' },
    statementLine(r.item),
    h('div', { class: 'meta' },
      h('a', { href: reportUrl(r.reportId, r.item.id) }, r.title !== undefined ? reportTitle(r.title, 'Report') : `Report ${r.reportId}`),
      ' · ', formatDate(r.reportDate), ' · ', sourceChips(r.sources),
    ),
  );
}
