import { canonicalId } from './canonical-entities.js';
import { foldName } from './normalise.js';
import type { CanonicalEntity, CurationRecord } from './types.js';

export class CurationError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Find one canonical entity by id, name or alias (case and accents ignored). Throws when none
 * or several match, listing the candidates.
 */
export function findEntity(entities: CanonicalEntity[], ref: string): CanonicalEntity {
  const byId = entities.find((e) => e.id === ref);
  if (byId) return byId;
  const f = foldName(ref);
  const byName = entities.filter((e) => foldName(e.name) === f);
  const matches = byName.length ? byName : entities.filter((e) => e.aliases.some((a) => foldName(a) === f));
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) throw new CurationError('entity/not-found', `no entity named "${ref}"`);
  throw new CurationError('entity/ambiguous', `"${ref}" names ${matches.length} entities: ${matches.map((e) => `${e.name} (${e.type}, ${e.id})`).join('; ')}; use an id`);
}

function addAlias(e: CanonicalEntity, alias: string): void {
  if (alias !== e.name && !e.aliases.includes(alias)) e.aliases = [...e.aliases, alias].sort();
}

/**
 * Replay curation operations, in order, over freshly built canonical entities. An operation whose
 * entity no longer exists is skipped (reported in `skipped`), so reprocessing never fails on old edits.
 */
export function applyCuration(entities: CanonicalEntity[], log: CurationRecord[]): { entities: CanonicalEntity[]; skipped: { seq: number; reason: string }[] } {
  let list = entities.map((e) => ({ ...e, aliases: [...e.aliases], members: [...e.members], roles: [...e.roles], curated: [...e.curated] }));
  const skipped: { seq: number; reason: string }[] = [];
  for (const rec of log) {
    try {
      const op = rec.op;
      if (op.op === 'merge') {
        const into = findEntity(list, op.into);
        const from = findEntity(list, op.from);
        if (into === from) continue;
        into.members.push(...from.members);
        into.roles.push(...from.roles);
        into.affiliations = [...new Set([...into.affiliations, ...from.affiliations])].sort();
        for (const a of [from.name, ...from.aliases]) addAlias(into, a);
        into.reports = new Set(into.members.map((m) => m.report)).size;
        into.curated.push(rec.seq, ...from.curated);
        list = list.filter((e) => e !== from);
      } else if (op.op === 'split') {
        const e = findEntity(list, op.entity);
        const f = foldName(op.alias);
        const moving = e.members.filter((m) => foldName(m.name) === f);
        if (moving.length === 0 || moving.length === e.members.length) throw new CurationError('entity/bad-split', `"${op.alias}" is not a part of ${e.name} that can be split off`);
        e.members = e.members.filter((m) => !moving.includes(m));
        e.aliases = e.aliases.filter((a) => foldName(a) !== f);
        e.reports = new Set(e.members.map((m) => m.report)).size;
        e.curated.push(rec.seq);
        const key = `${e.key}#split:${f}`;
        list.push({
          id: canonicalId(key), key, name: op.alias, type: e.type, aliases: [], roles: [], affiliations: [], members: moving,
          reports: new Set(moving.map((m) => m.report)).size, curated: [rec.seq],
        });
      } else if (op.op === 'rename') {
        const e = findEntity(list, op.entity);
        const old = e.name;
        e.name = op.name;
        e.aliases = e.aliases.filter((a) => a !== op.name);
        addAlias(e, old);
        e.curated.push(rec.seq);
      } else {
        const e = findEntity(list, op.entity);
        addAlias(e, op.alias);
        e.curated.push(rec.seq);
      }
    } catch (err) {
      if (!(err instanceof CurationError)) throw err;
      skipped.push({ seq: rec.seq, reason: err.message });
    }
  }
  return { entities: list, skipped };
}
