import type { Component } from '../component.js';
import { buildEvents } from './build-events.js';
import { lexiconPatterns } from './match/find-triggers.js';

/**
 * The `events` component: PLOVER-coded events (type, mode, trigger, actor, target, date, place,
 * statement, negation, hedging). Works with empty entity, statement and date layers: actors are
 * then plain noun phrases with no entity, and every event takes the report date, inferred.
 * @example createPipeline([entities, statements, dates, await createEventsComponent()])
 */
export async function createEventsComponent(): Promise<Component> {
  lexiconPatterns();
  return {
    id: 'events',
    requires: ['tokens', 'sentences', 'pos', 'entities', 'entityIndex', 'statements', 'dates'],
    assigns: ['events'],
    process(doc) {
      doc.set('events', buildEvents(doc));
    },
  };
}

export { buildEvents } from './build-events.js';
export { PLOVER_TYPES, LEGACY_TYPES, type PloverType } from './plover.js';
