import { createHash } from 'node:crypto';
import type { Analysis } from '../../model/analysis.js';
import type { EntityRecord, EntityType } from '../../model/annotations.js';
import { entityKey } from '../../link/canonical-entities.js';

/** One actor across reports: all report-level entities with the same key. */
export interface Actor {
  /** Stable export id, derived from the key. */
  id: string;
  /** Cross-report key: the entity's canonical key (`gpe:CU`) or `type:normalised name`. */
  key: string;
  name: string;
  /** An entity type, or SPEAKER for a named speaker that is no stored entity. */
  type: EntityType | 'SPEAKER';
  aliases: string[];
  /** How many reports mention it, and how many mentions in all. */
  reports: number;
  mentions: number;
  /** The earliest report date that mentions it. */
  firstSeen: string | null;
}

/** The cross-report key of a report-level entity: the same key canonical entities group by. */
export const actorKey = (e: Pick<EntityRecord, 'key' | 'type' | 'name'>): string => entityKey(e);

/** A stable id for an export: a prefix and 16 hex digits of SHA-1 over the parts. */
export function exportId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;
}

/** Map each report-level entity id to its actor key. */
export function entityKeys(a: Analysis): Map<string, string> {
  return new Map(a.entityIndex.map((e) => [e.id, actorKey(e)]));
}

/** Accumulates actors over a stream of analyses (memory grows with distinct actors only). */
export function createActorRegistry() {
  const actors = new Map<string, Actor & { aliasSet: Set<string> }>();
  return {
    add(a: Analysis): void {
      const counts = new Map<string, number>();
      for (const m of a.entities) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      for (const e of a.entityIndex) {
        const key = actorKey(e);
        let actor = actors.get(key);
        if (!actor) {
          actor = { id: exportId('ng-actor', key), key, name: e.name, type: e.type, aliases: [], aliasSet: new Set(), reports: 0, mentions: 0, firstSeen: null };
          actors.set(key, actor);
        }
        actor.reports++;
        actor.mentions += counts.get(e.id) ?? 0;
        for (const alias of [e.name, ...e.aliases]) if (alias !== actor.name) actor.aliasSet.add(alias);
        if (a.report.date && (!actor.firstSeen || a.report.date < actor.firstSeen)) actor.firstSeen = a.report.date;
      }
    },
    /** Add an edge end that is not a stored entity (an outlet, an unlinked speaker), once. */
    addLoose(end: { key: string; name: string; type: EntityType | 'SPEAKER' }, date: string | null): void {
      let actor = actors.get(end.key);
      if (!actor) {
        actor = { id: exportId('ng-actor', end.key), key: end.key, name: end.name, type: end.type, aliases: [], aliasSet: new Set(), reports: 0, mentions: 0, firstSeen: null };
        actors.set(end.key, actor);
      }
      if (date && (!actor.firstSeen || date < actor.firstSeen)) actor.firstSeen = date;
    },
    get(key: string): Actor | undefined {
      return actors.get(key);
    },
    /** Actors in a stable order: most mentioned first, then by key. */
    list(): Actor[] {
      return [...actors.values()]
        .map(({ aliasSet, ...actor }) => ({ ...actor, aliases: [...aliasSet].sort() }))
        .sort((x, y) => y.mentions - x.mentions || (x.key < y.key ? -1 : 1));
    },
  };
}

export type ActorRegistry = ReturnType<typeof createActorRegistry>;
