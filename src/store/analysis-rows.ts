import type { Analysis } from '../model/analysis.js';

/** Columns each annotation table indexes, derived from the analyze shape (shared by adapters). */
export function statementColumns(s: Analysis['statements'][number]) {
  return {
    speaker: s.speaker ? (s.speaker.name ?? s.speaker.text) : null,
    speakerEntity: s.speaker?.entity ?? null,
    start: s.content[0]?.start ?? s.cue.start,
  };
}

export function eventColumns(e: Analysis['events'][number]) {
  return {
    actor: e.actor ? (e.actor.name ?? e.actor.text) : null,
    target: e.target ? (e.target.name ?? e.target.text) : null,
    when: e.date?.when ?? null,
  };
}
