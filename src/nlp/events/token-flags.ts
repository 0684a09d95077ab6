import type { DateExpr, Mention } from '../../model/annotations.js';
import type { Doc } from '../../model/doc.js';

/** Names are not events: "Amnesty International" grants no amnesty, "Rally Party" holds no rally. */
export const NAME_TYPES = new Set(['PERSON', 'ORG', 'MEDIA', 'GPE', 'LOC', 'NORP']);

/** Per token: lies wholly inside a date expression, any entity mention, a name mention. */
export interface TokenFlags {
  inDate: Uint8Array;
  inEntity: Uint8Array;
  inName: Uint8Array;
}

const cache = new WeakMap<Doc, { dates: DateExpr[]; entities: Mention[]; flags: TokenFlags }>();

/** Mark each token wholly inside [start, end). */
function mark(doc: Doc, out: Uint8Array, start: number, end: number): void {
  for (let k = doc.tokenAtOrAfter(start); k < doc.tokenCount && doc.tokens.start[k] <= end; k++) {
    if (start <= doc.tokens.start[k] && doc.tokens.end[k] <= end) out[k] = 1;
  }
}

/**
 * Which tokens sit inside dates, mentions and names. Event rules ask this of token after token;
 * answered once per Doc (and again only when the dates or entities layer is replaced) instead of
 * scanning the layers on every question.
 */
export function tokenFlags(doc: Doc): TokenFlags {
  const dates = doc.get('dates');
  const entities = doc.get('entities');
  const hit = cache.get(doc);
  if (hit && hit.dates === dates && hit.entities === entities) return hit.flags;
  const n = doc.tokenCount;
  const flags = { inDate: new Uint8Array(n), inEntity: new Uint8Array(n), inName: new Uint8Array(n) };
  for (const d of dates) mark(doc, flags.inDate, d.start, d.end);
  for (const m of entities) {
    mark(doc, flags.inEntity, m.start, m.end);
    if (NAME_TYPES.has(m.type)) mark(doc, flags.inName, m.start, m.end);
  }
  cache.set(doc, { dates, entities, flags });
  return flags;
}
