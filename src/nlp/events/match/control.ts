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
      out.push(plain(a, 'lexicon'));
      continue;
    }
    dropped.add(b);
    if (ORDER.has(lemma)) {
      out.push({ match: b, first: a.first, last: b.last, head: b.head, roleVerb: a.head, objectFrom: a.last + 1, rule: 'order-to' });
    } else {
      out.push(plain(a, 'embedded'));
    }
  }
  return out;
}
