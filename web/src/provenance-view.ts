import { get } from './api.js';
import { h } from './dom.js';
import { formatDate, sourceChips } from './format.js';
import { entityUrl, reportUrl } from './links.js';
import { quoted } from './statement-view.js';
import type { EventRecord, Provenance, Span, Statement } from './types.js';

const at = (s: Span) => h('span', { class: 'offsets', title: 'UTF-16 offsets in the report text, end-exclusive' }, `${s.start}–${s.end}`);
const step = (label: string, ...body: (Node | string | null)[]) => h('li', {}, h('span', { class: 'step' }, label), ' ', ...body);
const who = (r: EventRecord['actor']) => (r ? r.name ?? r.text : '—');
const eventLine = (e: EventRecord) => h('span', {}, h('span', { class: 'badge layer-event' }, e.type), ` ${who(e.actor)} → ${who(e.target)} `, h('span', { class: 'muted' }, `(“${e.trigger.text}”, `), at(e.trigger), h('span', { class: 'muted' }, ')'));

function speakerStep(s: Statement): HTMLElement {
  if (!s.speaker) return step('speaker', h('span', { class: 'muted' }, 'unattributed'));
  const name = s.speaker.name ?? s.speaker.text;
  return step('speaker', h('a', { href: entityUrl(name) }, name),
    name !== s.speaker.text ? h('span', { class: 'muted' }, ` from “${s.speaker.text}”${s.speaker.resolvedBy ? ` (${s.speaker.resolvedBy})` : ''} `) : ' ', at(s.speaker));
}

/** The chain as an ordered list: report → credited sources → enclosing statements → speaker → cue and content spans → linked events → rule. */
export function provenanceChain(p: Provenance): HTMLElement {
  const s = p.statement;
  return h('ol', { class: 'prov-chain' },
    step('report', h('a', { href: reportUrl(p.report.id) }, p.report.title ?? p.report.id), ` · ${formatDate(p.report.date)}`,
      p.report.copyOf ? h('span', {}, ' · ', h('span', { class: 'flag copy' }, 'copy'), ' of ', h('a', { href: reportUrl(p.report.copyOf) }, p.report.copyOf)) : null),
    step('credited sources', sourceChips(p.report.sources)),
    p.within.map((w) => step('inside', `${w.speaker?.name ?? w.speaker?.text ?? 'unattributed'} ${w.cue.text} … `, h('a', { href: reportUrl(p.report.id, w.id) }, w.id))),
    p.kind === 'event' && p.event ? step('event', eventLine(p.event)) : null,
    s ? [
      p.kind === 'event' ? step('claimed in', h('a', { href: reportUrl(p.report.id, s.id) }, `statement ${s.id}`)) : null,
      speakerStep(s),
      step('cue', `“${s.cue.text}” (${s.cue.lemma}) `, at(s.cue)),
      s.content.map((c) => step('content', `${quoted(c.text)} `, at(c))),
    ] : p.kind === 'event' ? step('claimed by', 'the report itself') : null,
    p.linkedEvents.length ? p.linkedEvents.map((e) => step('linked event', eventLine(e))) : p.kind === 'statement' ? step('linked events', h('span', { class: 'muted' }, 'none')) : null,
    step('rule', h('code', {}, p.rule)),
  );
}

/** A disclosure that loads the provenance chain of a statement or event the first time it opens. */
export function provenanceDetails(reportId: string, itemId: string): HTMLElement {
  const body = h('div', { class: 'prov-body' }, h('p', { class: 'muted' }, 'Loading…'));
  let loaded = false;
  const details = h('details', { class: 'provenance' }, h('summary', {}, 'Provenance chain'), body);
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    try {
      const { data } = await get<Provenance>(`/api/provenance/${encodeURIComponent(`${reportId}:${itemId}`)}`);
      body.replaceChildren(provenanceChain(data));
    } catch (e) {
      loaded = false;
      body.replaceChildren(h('p', { class: 'problem' }, `Could not load the chain: ${(e as Error).message}`));
    }
  });
  return details;
}
