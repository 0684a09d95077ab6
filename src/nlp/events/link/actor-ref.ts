import type { ActorRef, EntityRecord, Mention, Statement } from '../../../model/annotations.js';
import type { Doc } from '../../../model/doc.js';
import type { NounPhrase } from '../clause/noun-phrase.js';

const PRONOUN_TYPES: Record<string, string[]> = {
  he: ['PERSON'], she: ['PERSON'], him: ['PERSON'], her: ['PERSON'],
  it: ['ORG', 'GPE', 'MEDIA'], its: ['ORG', 'GPE', 'MEDIA'],
  they: ['ORG', 'GPE', 'NORP', 'PERSON'], them: ['ORG', 'GPE', 'NORP', 'PERSON'],
  we: ['ORG', 'GPE', 'PERSON'], us: ['ORG', 'GPE', 'PERSON'],
};
/** "the two countries", "both sides": a compound actor made of the last two states mentioned. */
const PAIR = /^(?:the\s+)?(?:two|both)\s+(?:countries|nations|states|governments|sides|neighbou?rs|allies)$/i;

/** Span of a noun phrase, without a leading quote or trailing punctuation. */
export function npSpan(doc: Doc, np: NounPhrase): { start: number; end: number } {
  return { start: doc.tokens.start[np.first], end: doc.tokens.end[np.last] };
}

function governmentOf(m: Mention, index: EntityRecord[]): ActorRef['government'] {
  if (m.type === 'GPE' && m.government) return { name: m.name, entity: m.entity };
  if (m.type !== 'ORG' && m.type !== 'PERSON' || !m.affiliation) return null;
  const gpe = index.find((e) => e.type === 'GPE' && (e.name === m.affiliation || e.aliases.includes(m.affiliation!)));
  return { name: m.affiliation, entity: gpe?.id ?? null };
}

function fromMention(doc: Doc, span: { start: number; end: number }, m: Mention, rule: string): ActorRef {
  const index = doc.get('entityIndex');
  return {
    start: span.start,
    end: span.end,
    text: doc.text.slice(span.start, span.end),
    entity: m.entity,
    name: m.name,
    government: governmentOf(m, index),
    rule,
  };
}

/** The most recent mention before `offset` whose type fits (for pronouns and "the two countries"). */
function recentMentions(doc: Doc, offset: number, types: string[]): Mention[] {
  return doc.get('entities').filter((m) => m.end <= offset && types.includes(m.type)).reverse();
}

function compound(doc: Doc, span: { start: number; end: number }): ActorRef | null {
  const seen = new Map<string, string>();
  for (const m of recentMentions(doc, span.start, ['GPE', 'NORP'])) {
    const name = m.type === 'NORP' ? m.affiliation ?? m.name : m.name;
    const gpe = doc.get('entityIndex').find((e) => e.type === 'GPE' && e.name === name);
    const id = m.type === 'GPE' ? m.entity : gpe?.id ?? m.entity;
    if (![...seen.values()].includes(name)) seen.set(id, name);
    if (seen.size === 2) break;
  }
  if (seen.size < 2) return null;
  const members = [...seen].map(([entity, name]) => ({ entity, name })).reverse();
  return {
    ...span,
    text: doc.text.slice(span.start, span.end),
    entity: null,
    name: members.map((m) => m.name).join(' and '),
    members,
    rule: 'compound',
  };
}

/** The speaker of the statement whose content holds `offset`, as an actor. */
export function speakerActor(doc: Doc, st: Statement | null, span: { start: number; end: number }, rule: string): ActorRef | null {
  if (!st?.speaker?.entity) return null;
  const e = doc.get('entityIndex').find((x) => x.id === st.speaker!.entity);
  const m = doc.get('entities').find((x) => x.entity === st.speaker!.entity);
  const base: ActorRef = { ...span, text: doc.text.slice(span.start, span.end), entity: st.speaker.entity, name: st.speaker.name ?? e?.name ?? null, rule };
  return m ? { ...base, government: governmentOf(m, doc.get('entityIndex')) } : base;
}

/**
 * Turn a noun phrase into an actor or target: linked to the entity mentioned in it (several
 * mentions → a compound actor with members); a pronoun resolved to the speaker of the statement
 * it stands in, else to the latest fitting mention; "the two countries" to the last two states.
 */
export function actorRef(doc: Doc, np: NounPhrase, rule: string, statement: Statement | null): ActorRef {
  const span = npSpan(doc, np);
  const text = doc.text.slice(span.start, span.end);
  const inside = doc.get('entities').filter((m) => m.start < span.end && span.start < m.end);
  if (inside.length === 1) return fromMention(doc, span, inside[0], rule);
  if (inside.length > 1) {
    const distinct = [...new Map(inside.map((m) => [m.entity, m])).values()];
    if (distinct.length === 1) return fromMention(doc, span, distinct[0], rule);
    // The head is the last mention unless the phrase is a coordination ("Cuba and Russia").
    const coordinated = /\b(and|&)\b/.test(text);
    if (!coordinated) return fromMention(doc, span, distinct[distinct.length - 1], rule);
    return { ...span, text, entity: null, name: distinct.map((m) => m.name).join(' and '), members: distinct.map((m) => ({ entity: m.entity, name: m.name })), rule };
  }
  const lower = text.toLowerCase();
  const types = PRONOUN_TYPES[lower];
  if (types) {
    const speaker = speakerActor(doc, statement, span, `${rule}:pronoun-speaker`);
    if (speaker && (lower === 'it' || lower === 'we' || lower === 'they')) return speaker;
    const m = recentMentions(doc, span.start, types)[0];
    if (m) return { ...fromMention(doc, span, m, `${rule}:pronoun`), text };
  }
  if (PAIR.test(text)) {
    const c = compound(doc, span);
    if (c) return { ...c, rule: `${rule}:compound` };
  }
  return { ...span, text, entity: null, name: null, rule };
}
