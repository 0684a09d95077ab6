import type { Doc } from '../../../model/doc.js';
import type { PatternMatch } from './pattern.js';

/** A trigger ready for role finding. */
export interface Trigger {
  /** The lexicon match that gives type and mode. */
  match: PatternMatch;
  first: number;
  last: number;
  /** The word that names the event. */
  head: number;
  /** The verb whose subject is the actor (the orderer in "X ordered Y to mobilize"). */
  roleVerb: number;
  /** Where to look for the target. */
  objectFrom: number;
  /** Last token of an action the trigger absorbed ("offered to hand over to Britain"): a second place to look for the target. */
  inner?: number;
  rule: string;
}

/** Commands: the ordered action is the event, done on the orderer's authority. */
const ORDER = new Set(['order', 'instruct', 'direct', 'command', 'tell', 'authorize', 'authorise']);
/**
 * Verbs whose own type wins over the action they introduce: "offered to hand over" is AGREE,
 * "refused to withdraw" REJECT, "threatened to attack" THREATEN, "urged X to talk" REQUEST.
 */
const EMBED = new Set([
  'agree', 'offer', 'promise', 'pledge', 'commit', 'threaten', 'refuse', 'decline', 'urge', 'ask', 'call',
  'demand', 'vow', 'propose', 'seek', 'warn', 'request', 'appeal', 'press', 'invite',
]);

/** Commitments: vowing or swearing to use force is a threat (CAMEO 138, threaten with military force). */
const COMMIT = new Set(['vow', 'swear', 'pledge', 'promise']);
/** Getting ready: an army preparing to attack makes a move short of force (MOBILIZE). */
const PREPARE = new Set(['prepare', 'ready', 'poise', 'gear', 'mass']);
/** Aspect verbs that may stand between "to" and the action: "prepared to resume shelling". */
const ASPECT = new Set(['resume', 'continue', 'begin', 'start', 'launch', 'step', 'carry', 'keep']);
const CONFLICT = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST']);

/** The verb before "to" that controls the action at `b` ("sworn to fight", "prepared to resume shelling"), or -1. */
export function controllerOf(doc: Doc, b: PatternMatch): number {
  const s = doc.sentences[doc.sentenceOfToken(b.first)];
  let to = b.first - 1;
  if (to > s.tokenStart && ASPECT.has(doc.lemma(to)) && doc.pos(to) === 'VERB') to--;
  if (to <= s.tokenStart || doc.token(to).toLowerCase() !== 'to') return -1;
  let v = to - 1;
  while (v > s.tokenStart && doc.pos(v) === 'ADV') v--;
  return doc.pos(v) === 'VERB' || doc.pos(v) === 'ADJ' ? v : -1;
}

/**
 * A commitment to conflict is THREATEN ("have sworn to fight"), a preparation for an attack is
 * MOBILIZE ("the army prepared to resume shelling"). The controller becomes the role verb, so
 * the one who vows or prepares is the actor.
 */
export function reframe(doc: Doc, b: PatternMatch): Trigger | null {
  const v = controllerOf(doc, b);
  if (v < 0) return null;
  const lemma = doc.lemma(v).toLowerCase();
  const word = doc.token(v).toLowerCase();
  const type = b.pattern.entry.type;
  const as = (t: 'THREATEN' | 'MOBILIZE', rule: string): Trigger => ({
    match: { ...b, pattern: { ...b.pattern, entry: { ...b.pattern.entry, type: t, mode: undefined } } },
    first: v, last: b.last, head: b.head, roleVerb: v, objectFrom: b.last + 1, rule,
  });
  if ((COMMIT.has(lemma) || word === 'sworn') && CONFLICT.has(type)) return as('THREATEN', 'commit-to-conflict');
  if ((PREPARE.has(lemma) || word === 'prepared' || word === 'poised') && type === 'ASSAULT') return as('MOBILIZE', 'prepare-to-attack');
  return null;
}

function plain(m: PatternMatch, rule: string): Trigger {
  return { match: m, first: m.first, last: m.last, head: m.head, roleVerb: m.head, objectFrom: m.last + 1, rule };
}

/** True when `b` is the infinitive "to V" a few words after `a`, in the same clause. */
function isInfinitiveAfter(doc: Doc, a: PatternMatch, b: PatternMatch): boolean {
  if (b.first <= a.last || b.first - a.last > 10) return false;
  const to = b.first - 1;
  if (doc.token(to).toLowerCase() !== 'to') return false;
  for (let j = a.last + 1; j < b.first; j++) if (doc.pos(j) === 'PUNCT' || doc.pos(j) === 'SCONJ') return false;
  return true;
}

/**
 * Combine a controlling verb with the action it introduces (`order-to`), or let the controlling
 * verb absorb it (`embedded`). Everything else passes through as `lexicon`.
 */
export function applyControl(doc: Doc, matches: PatternMatch[]): Trigger[] {
  const dropped = new Set<PatternMatch>();
  const out: Trigger[] = [];
  for (const a of matches) {
    if (dropped.has(a)) continue;
    const lemma = doc.lemma(a.head);
    const controls = doc.pos(a.head) === 'VERB' && (ORDER.has(lemma) || EMBED.has(lemma));
    const b = controls ? matches.find((m) => m !== a && !dropped.has(m) && isInfinitiveAfter(doc, a, m)) : undefined;
    if (!b) {
      out.push(reframe(doc, a) ?? plain(a, 'lexicon'));
      continue;
    }
    dropped.add(b);
    if (ORDER.has(lemma)) {
      out.push({ match: b, first: a.first, last: b.last, head: b.head, roleVerb: a.head, objectFrom: a.last + 1, rule: 'order-to' });
    } else {
      // "vowed to attack": a commitment to conflict is a threat, not an agreement.
      out.push((COMMIT.has(lemma) ? reframe(doc, b) : null) ?? { ...plain(a, 'embedded'), inner: b.last });
    }
  }
  return out;
}
