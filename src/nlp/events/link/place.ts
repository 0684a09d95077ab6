import type { ActorRef, Mention } from '../../../model/annotations.js';

const PLACE_PREPS = /\b(?:in|at|near|outside|inside|across|into|on)\s+(?:the\s+)?$/i;

/**
 * The place of an event: a GPE or LOC mention after the trigger, in the same clause, introduced by
 * a locative preposition ("fighting in Ukraine"). Null when the clause names none.
 */
export function eventPlace(text: string, mentions: Mention[], from: number, clauseEnd: number, exclude: ActorRef | null): ActorRef | null {
  for (const m of mentions) {
    if (m.start < from || m.end > clauseEnd) continue;
    if (m.type !== 'GPE' && m.type !== 'LOC') continue;
    if (exclude && exclude.start <= m.start && m.end <= exclude.end) continue;
    if (!PLACE_PREPS.test(text.slice(Math.max(from, m.start - 16), m.start))) continue;
    return { start: m.start, end: m.end, text: m.text, entity: m.entity, name: m.name, rule: 'locative' };
  }
  return null;
}
