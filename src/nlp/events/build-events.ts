import type { ActorRef, EventRecord, Statement } from '../../model/annotations.js';
import type { Doc } from '../../model/doc.js';
import { npEndingAt, type NounPhrase } from './clause/noun-phrase.js';
import { governingVerb, objectAfter, passiveAgent, possessorOf, prepObjectAfter, subjectOf } from './clause/roles.js';
import { isVerbAt, verbChain } from './clause/verb-chain.js';
import { actorRef, npSpan, speakerActor } from './link/actor-ref.js';
import { eventDate } from './link/event-date.js';
import { eventPlace } from './link/place.js';
import { statementAt } from './link/statement.js';
import { applyControl, type Trigger } from './match/control.js';
import { findTriggers } from './match/find-triggers.js';
import { modalityAt } from './modality.js';
import { futureType } from './plover.js';

const NOUN_TARGET_PREPS = new Set(['of', 'against', 'on', 'upon', 'with', 'to', 'into']);
const PASSIVE_TARGET_PREPS = new Set(['against', 'on', 'upon', 'with', 'to', 'into']);

/**
 * Agentless actions an authority reports about its own sphere: "attempts have been neutralized
 * and criminal proceedings initiated", said by a ministry, are the ministry's government's doing.
 */
const IMPLICIT_SPEAKER_TYPES = new Set(['COERCE', 'ACCUSE', 'SANCTION']);

/** True when the statement's speaker is a state or an organ of one. */
function isAuthority(doc: Doc, st: Statement): boolean {
  const m = doc.get('entities').find((x) => x.entity === st.speaker?.entity);
  return !!m && (m.type === 'GPE' || (m.type === 'ORG' && !!m.affiliation));
}

interface Roles {
  actor: ActorRef | null;
  target: ActorRef | null;
  /** True when the clause leaves the doer unsaid (agentless passive, bare nominal). */
  implicit: boolean;
}

/** A phrase that is a time expression ("met on Wednesday") is never an actor or target. */
function ref(doc: Doc, np: NounPhrase | null, rule: string, st: Statement | null): ActorRef | null {
  if (!np) return null;
  const span = npSpan(doc, np);
  if (doc.get('dates').some((d) => d.start < span.end && span.start < d.end)) return null;
  return actorRef(doc, np, rule, st);
}

function verbRoles(doc: Doc, t: Trigger, st: Statement | null): Roles {
  const chain = verbChain(doc, t.roleVerb);
  const subject = subjectOf(doc, t.roleVerb);
  if (chain.passive && t.rule !== 'order-to') {
    const agent = passiveAgent(doc, t.roleVerb);
    const target = ref(doc, subject, 'passive-subject', st);
    return { actor: ref(doc, agent, 'passive-agent', st), target, implicit: !agent };
  }
  return { actor: ref(doc, subject, 'subject', st), target: ref(doc, objectAfter(doc, t.objectFrom), 'object', st), implicit: !subject };
}

function nounRoles(doc: Doc, t: Trigger, st: Statement | null): Roles {
  const np = npEndingAt(doc, t.last) ?? { first: t.first, last: t.last };
  let actor: ActorRef | null = ref(doc, possessorOf(doc, np), 'possessive', st);
  if (!actor) {
    // A state or group named inside the phrase: "Israeli air strikes", "Cuban criminal proceedings".
    const span = { start: doc.tokens.start[np.first], end: doc.tokens.start[t.first] };
    const m = doc.get('entities').find((x) => x.start >= span.start && x.end <= span.end && ['NORP', 'GPE', 'ORG'].includes(x.type));
    if (m) {
      const r = doc.tokenRange(m);
      actor = actorRef(doc, { first: r.first, last: r.end - 1 }, 'modifier', st);
    }
  }
  let target: ActorRef | null = ref(doc, prepObjectAfter(doc, t.last + 1, NOUN_TARGET_PREPS), 'noun-object', st);
  let implicit = false;
  const gv = governingVerb(doc, np.first);
  if (gv >= 0 && !actor) {
    actor = ref(doc, subjectOf(doc, gv), 'light-verb-subject', st);
  } else if (gv < 0) {
    // The event noun is a subject: "criminal proceedings have been initiated against people".
    const s = doc.sentences[doc.sentenceOfToken(t.last)];
    for (let v = t.last + 1; v < Math.min(s.tokenEnd, t.last + 5); v++) {
      if (doc.pos(v) !== 'VERB') continue;
      if (verbChain(doc, v).passive) {
        actor ??= ref(doc, passiveAgent(doc, v), 'passive-agent', st);
        target ??= ref(doc, prepObjectAfter(doc, v + 1, PASSIVE_TARGET_PREPS), 'passive-object', st);
        implicit = !actor;
      }
      break;
    }
  }
  if (!actor && gv < 0) implicit = true;
  return { actor, target, implicit };
}

/** End of the clause that holds token `i`: the next comma, semicolon, subordinator or sentence end. */
function clauseEnd(doc: Doc, i: number): number {
  const s = doc.sentences[doc.sentenceOfToken(i)];
  for (let j = i + 1; j < s.tokenEnd; j++) {
    if (/^[,;:]$/.test(doc.token(j)) || doc.pos(j) === 'SCONJ') return doc.tokens.start[j];
  }
  return s.end;
}

/**
 * Code every event of a Doc: triggers from the lexicon, control verbs, then actor and target from
 * the clause, modality, statement, date and place. An event left without a doer inside a
 * statement (an agentless passive) takes the speaker as actor (`implicit-speaker`): "attempts have
 * been neutralized, it said" is the speaker's own action.
 */
export function buildEvents(doc: Doc): EventRecord[] {
  const out: EventRecord[] = [];
  const statements = doc.get('statements');
  const dates = doc.get('dates');
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    for (const t of applyControl(doc, findTriggers(doc, si))) {
      const start = doc.tokens.start[t.first];
      const end = doc.tokens.end[t.last];
      const headStart = doc.tokens.start[t.head];
      const st = statementAt(statements, headStart, doc.tokens.end[t.head]);
      const isVerb = isVerbAt(doc, t.roleVerb);
      const roles = isVerb ? verbRoles(doc, t, st) : nounRoles(doc, t, st);
      let actor = roles.actor;
      if (!actor && roles.implicit && st && IMPLICIT_SPEAKER_TYPES.has(t.match.pattern.entry.type) && isAuthority(doc, st)) actor = speakerActor(doc, st, npSpan(doc, { first: t.head, last: t.head }), 'implicit-speaker');
      if (actor && actor.rule === 'implicit-speaker') actor = { ...actor, start: st!.speaker!.start, end: st!.speaker!.end, text: st!.speaker!.text };
      const modality = modalityAt(doc, t.roleVerb);
      const entry = t.match.pattern.entry;
      const type = modality.aux === 'future' ? futureType(entry.type) : entry.type;
      out.push({
        id: `ev${out.length + 1}`,
        type,
        mode: type === entry.type ? entry.mode ?? null : null,
        trigger: { start, end, text: doc.text.slice(start, end) },
        actor,
        target: roles.target,
        date: eventDate(dates, sentence, headStart, doc.report.date),
        place: eventPlace(doc.text, doc.get('entities'), end, clauseEnd(doc, t.last), roles.target),
        statement: st?.id ?? null,
        negated: modality.negated,
        hedged: modality.hedged || (st?.hedged ?? false),
        aux: modality.aux,
        sentence: si,
        rule: `${t.rule}:${entry.pattern}`,
      });
    }
  }
  return out;
}
