import type { ActorRef, Statement } from '../../model/annotations.js';
import type { Doc } from '../../model/doc.js';
import { isActorLike } from './clause/actor-like.js';
import { npEndingAt, npStartingAt, type NounPhrase } from './clause/noun-phrase.js';
import { governingVerb, objectAfter, passiveAgent, possessorOf, prepObjectAfter, subjectOf } from './clause/roles.js';
import { verbChain } from './clause/verb-chain.js';
import { actorRef, npSpan } from './link/actor-ref.js';
import type { Trigger } from './match/control.js';

const NOUN_TARGET_PREPS = new Set(['of', 'against', 'on', 'upon', 'with', 'to', 'into', 'from']);
const PASSIVE_TARGET_PREPS = new Set(['against', 'on', 'upon', 'with', 'to', 'into']);
/** Entity types that can be a recipient found anywhere in the clause. */
const RECIPIENT_TYPES = new Set(['GPE', 'ORG', 'PERSON', 'NORP', 'MEDIA']);

/** Actor and target of one trigger. */
export interface Roles {
  actor: ActorRef | null;
  target: ActorRef | null;
  /** True when the clause leaves the doer unsaid (agentless passive, bare nominal). */
  implicit: boolean;
}

/**
 * A phrase as an actor or target. A time expression is never one ("met on Wednesday"); a phrase
 * that runs into one is cut before it ("visited Russia today" → Russia).
 */
export function ref(doc: Doc, np: NounPhrase | null, rule: string, st: Statement | null): ActorRef | null {
  if (!np) return null;
  const span = npSpan(doc, np);
  const date = doc.get('dates').find((d) => d.start < span.end && span.start < d.end);
  if (date) {
    let last = np.last;
    while (last >= np.first && doc.tokens.end[last] > date.start) last--;
    if (last < np.first || date.start <= span.start) return null;
    return actorRef(doc, { first: np.first, last }, rule, st);
  }
  return actorRef(doc, np, rule, st);
}

/** One's own forces ("withdraw its troops from Lebanon"): moved, not acted upon. */
const OWN = /^(its|their|his|her|our)$/i;
const FORCES = /^(troops?|forces?|soldiers?|army|armies|units?|personnel|peacekeepers?|police|contingents?|men)$/i;

/** A target only when it names an agent other than the actor's own forces; things ("a new pact") are no recipients. */
function target(doc: Doc, np: NounPhrase | null, rule: string, st: Statement | null): ActorRef | null {
  if (!np || !isActorLike(doc, np)) return null;
  if (OWN.test(doc.token(np.first)) && FORCES.test(doc.token(np.last))) return null;
  return ref(doc, np, rule, st);
}

/**
 * The recipient when no object names one: the first entity named after the trigger in its clause
 * that is not the actor ("threatened to ban voting in East Jerusalem", "demonstrated in Serbia").
 */
export function clauseRecipient(doc: Doc, from: number, clauseEnd: number, actor: ActorRef | null): ActorRef | null {
  const m = doc.get('entities').find((x) => x.start >= from && x.end <= clauseEnd && RECIPIENT_TYPES.has(x.type) && x.entity !== actor?.entity && !(actor && x.start < actor.end && actor.start < x.end));
  if (!m) return null;
  return { start: m.start, end: m.end, text: m.text, entity: m.entity, name: m.name, rule: 'clause-entity' };
}

/**
 * "X issued a declaration demanding ...": a participle after an object that is a thing takes the
 * main verb's subject (after an agent, "saw Cuba and Russia forging ties", the agent is its doer).
 */
function participleHost(doc: Doc, v: number): number {
  if (!/ing$/i.test(doc.token(v)) || verbChain(doc, v).first !== v) return -1;
  if (v - 1 < doc.sentences[doc.sentenceOfToken(v)].tokenStart) return -1;
  const np = npEndingAt(doc, v - 1);
  if (!np || isActorLike(doc, np)) return -1;
  const gv = np.first - 1;
  return gv >= 0 && doc.pos(gv) === 'VERB' && doc.sentenceOfToken(gv) === doc.sentenceOfToken(v) ? gv : -1;
}

/** Roles of a verb trigger: subject and object, passive agent and subject, absorbed action's object. */
export function verbRoles(doc: Doc, t: Trigger, st: Statement | null): Roles {
  const chain = verbChain(doc, t.roleVerb);
  if (chain.passive && t.rule !== 'order-to') {
    const agent = passiveAgent(doc, t.roleVerb);
    return { actor: ref(doc, agent, 'passive-agent', st), target: target(doc, subjectOf(doc, t.roleVerb), 'passive-subject', st), implicit: !agent };
  }
  const host = participleHost(doc, t.roleVerb);
  const subject = subjectOf(doc, host >= 0 ? host : t.roleVerb);
  let object = target(doc, objectAfter(doc, t.objectFrom), 'object', st);
  if (!object && t.inner !== undefined) object = target(doc, objectAfter(doc, t.inner + 1), 'inner-object', st);
  if (!object && t.last > t.head) {
    // An indirect object inside the pattern's gap: "give | Tanzania | a grant".
    const inGap = objectAfter(doc, t.head + 1);
    if (inGap && inGap.last < t.last) object = target(doc, inGap, 'indirect-object', st);
  }
  return { actor: ref(doc, subject, host >= 0 ? 'participle-host-subject' : 'subject', st), target: object, implicit: !subject };
}

/** The first tokens of the compound that ends before `t.first`: "Israeli air" in "Israeli air strikes". */
function compoundStart(doc: Doc, first: number, lo: number): number {
  let k = first;
  while (k - 1 >= lo && (['ADJ', 'NOUN', 'PROPN'].includes(doc.pos(k - 1)) || doc.token(k - 1) === '-')) k--;
  return k;
}

/**
 * Roles of a noun trigger: its possessor ("Cuba's crackdown"), the subject of the light verb that
 * governs it ("launched an attack"), a state or group modifying it ("Israeli air strikes"); the
 * target from a preposition after it ("attack on the base") or the light verb's indirect object
 * ("gave the Ivory Coast aid").
 */
export function nounRoles(doc: Doc, t: Trigger, st: Statement | null): Roles {
  const np = npEndingAt(doc, t.last) ?? { first: t.first, last: t.last };
  const gv = governingVerb(doc, np.first);
  let actor: ActorRef | null = ref(doc, possessorOf(doc, np), 'possessive', st);
  if (!actor && gv >= 0) actor = ref(doc, subjectOf(doc, gv), 'light-verb-subject', st);
  if (!actor) {
    const from = doc.tokens.start[compoundStart(doc, t.first, np.first)];
    const m = doc.get('entities').find((x) => x.start >= from && x.end <= doc.tokens.start[t.first] && ['NORP', 'GPE', 'ORG'].includes(x.type));
    if (m) {
      const r = doc.tokenRange(m);
      actor = actorRef(doc, { first: r.first, last: r.end - 1 }, 'modifier', st);
    }
  }
  let tgt = target(doc, prepObjectAfter(doc, t.last + 1, NOUN_TARGET_PREPS), 'noun-object', st);
  if (!tgt && gv >= 0) {
    const io = npStartingAt(doc, gv + 1);
    if (io && io.last < np.first) tgt = target(doc, io, 'indirect-object', st);
  }
  let implicit = false;
  if (gv < 0) {
    // The event noun is a subject: "criminal proceedings have been initiated against people".
    const s = doc.sentences[doc.sentenceOfToken(t.last)];
    for (let v = t.last + 1; v < Math.min(s.tokenEnd, t.last + 5); v++) {
      if (doc.pos(v) !== 'VERB') continue;
      if (verbChain(doc, v).passive) {
        actor ??= ref(doc, passiveAgent(doc, v), 'passive-agent', st);
        tgt ??= target(doc, prepObjectAfter(doc, v + 1, PASSIVE_TARGET_PREPS), 'passive-object', st);
        implicit = !actor;
      }
      break;
    }
    if (!actor) implicit = true;
  }
  return { actor, target: tgt, implicit };
}
