import { h } from './dom.js';
import { formatDate, TYPE_LABELS, typeBadge } from './format.js';
import { entityUrl } from './links.js';
import { provenanceDetails } from './provenance-view.js';
import { quoted } from './statement-view.js';
import type { Annotation } from './highlight.js';
import type { Analysis, EntityType } from './types.js';

const UNKNOWN_LABELS: Record<string, string> = {
  'unspecified-actor': 'actor not named', 'no-response': 'no response yet', 'unclear-link': 'unclear link',
  'declined-to-comment': 'declined to comment', unconfirmed: 'unconfirmed', 'not-disclosed': 'not disclosed',
};

const row = (label: string, ...value: (Node | string | null)[]) => h('div', { class: 'kv' }, h('dt', {}, label), h('dd', {}, ...value));
const prov = (rule: string, how: 'stated' | 'inferred' | null = null) => row('provenance', h('code', {}, rule), how ? h('span', { class: `how ${how}` }, how) : null);

/** A card explaining one annotation: what it is, its fields, and where it came from. */
export function explainAnnotation(ann: Annotation, a: Analysis): HTMLElement {
  const body = h('dl', { class: 'explain-fields' });
  let title: HTMLElement;
  let extra: HTMLElement | null = null;
  switch (ann.layer) {
    case 'entity': {
      const m = ann.item;
      title = h('h3', {}, typeBadge(m.type), ' ', m.name);
      body.append(
        row('type', TYPE_LABELS[m.type as EntityType] ?? m.type),
        row('text', `“${m.text}”`),
        m.role ? row('role', m.role) : '',
        m.affiliation ? row('affiliation', m.affiliation) : '',
        row('confidence', m.confidence.toFixed(2)),
        prov(m.rule, 'stated'),
        row('', h('a', { href: entityUrl(m.name) }, `All about ${m.name} →`)),
      );
      break;
    }
    case 'statement': {
      const s = ann.item;
      const speaker = s.speaker?.name ?? s.speaker?.text ?? 'unattributed';
      const resolved = s.speaker?.resolvedBy && s.speaker.name && s.speaker.name !== s.speaker.text;
      title = h('h3', {}, h('span', { class: 'badge layer-statement' }, 'statement'), ' ', speaker);
      body.append(
        row('speaker', s.speaker ? h('a', { href: entityUrl(speaker) }, speaker) : 'unattributed', resolved ? h('span', { class: 'how inferred' }, `from “${s.speaker!.text}” (${s.speaker!.resolvedBy})`) : null),
        row('cue', `“${s.cue.text}”`, ` (${s.cue.lemma})`),
        row('content', quoted(s.content.map((c) => c.text).join(' … '))),
        row('kind', s.kind, s.medium ? `, ${s.medium}` : '', s.polarity === 'deny' ? ', denial' : '', s.hedged ? ', hedged' : ''),
        s.parent ? row('inside', `statement ${s.parent}`) : '',
        prov(s.rule, resolved ? 'inferred' : 'stated'),
      );
      extra = provenanceDetails(a.report.id, s.id);
      break;
    }
    case 'event': {
      const v = ann.item;
      const who = (r: typeof v.actor) => (r ? (r.name ?? r.text) : '—');
      title = h('h3', {}, h('span', { class: 'badge layer-event' }, 'event'), ' ', v.type);
      body.append(
        row('actor → target', `${who(v.actor)} → ${who(v.target)}`),
        row('trigger', `“${v.trigger.text}”`),
        row('when', v.date.when ? formatDate(v.date.when) : 'no date', v.date.when ? h('span', { class: `how ${v.date.inferred ? 'inferred' : 'stated'}` }, v.date.inferred ? 'inferred' : 'stated') : null),
        v.place ? row('where', v.place.name ?? v.place.text) : '',
        v.negated || v.hedged ? row('mode', [v.negated ? 'did not happen' : '', v.hedged ? 'hedged' : ''].filter(Boolean).join(', ')) : '',
        v.statement ? row('claimed by', (() => {
          const st = a.statements.find((s) => s.id === v.statement);
          return st ? (st.speaker?.name ?? st.speaker?.text ?? 'an unattributed statement') : `statement ${v.statement}`;
        })()) : row('claimed by', 'the report itself'),
        prov(v.rule),
      );
      extra = provenanceDetails(a.report.id, v.id);
      break;
    }
    case 'date': {
      const d = ann.item;
      title = h('h3', {}, h('span', { class: 'badge layer-date' }, 'date'), ' ', formatDate(d.when));
      body.append(
        row('text', `“${d.text}”`),
        row('resolved', h('code', {}, d.when), ` (${d.precision})`),
        d.stated.length ? row('stated', d.stated.join(', ')) : '',
        d.inferred.length ? row('inferred', d.inferred.join(', '), h('span', { class: 'how inferred' }, 'from the report date')) : '',
        prov(d.rule, d.inferred.length ? 'inferred' : 'stated'),
      );
      break;
    }
    case 'unknown': {
      const u = ann.item;
      title = h('h3', {}, h('span', { class: 'badge layer-unknown' }, 'unknown'), ' ', UNKNOWN_LABELS[u.kind] ?? u.kind);
      body.append(
        row('what is missing', u.about),
        u.subject ? row('about whom', u.subject.entity ? h('a', { href: entityUrl(u.subject.text) }, u.subject.text) : u.subject.text) : '',
        row('text', `“${u.text}”`),
        prov(u.rule, 'stated'),
      );
      break;
    }
  }
  return h('article', { class: `explain-card layer-${ann.layer}` }, title, body, extra);
}
