import type Database from 'better-sqlite3';
import type { CurationOp, CurationRecord } from '../../link/types.js';
import type { LinkItem, LinkKind } from '../store.js';

/** The cross-report link rows and the curation log of a SQLite store. */
export function createSqliteLinks(db: Database.Database) {
  const st = {
    clear: db.prepare('DELETE FROM link_items'),
    insert: db.prepare('INSERT INTO link_items (kind, id, ref, data) VALUES (?, ?, ?, ?)'),
    byKind: db.prepare('SELECT kind, id, ref, data FROM link_items WHERE kind = ? ORDER BY rowid'),
    byId: db.prepare('SELECT kind, id, ref, data FROM link_items WHERE kind = ? AND id = ?'),
    byRef: db.prepare('SELECT kind, id, ref, data FROM link_items WHERE kind = ? AND ref = ? ORDER BY rowid'),
    append: db.prepare('INSERT INTO curation_log (at, op) VALUES (?, ?)'),
    log: db.prepare('SELECT seq, at, op FROM curation_log ORDER BY seq'),
  };
  const replace = db.transaction((items: Iterable<LinkItem>) => {
    st.clear.run();
    for (const i of items) st.insert.run(i.kind, i.id, i.ref, JSON.stringify(i.data));
  });
  const rows = (r: unknown[]) => (r as { kind: LinkKind; id: string; ref: string | null; data: string }[]).map((x) => ({ ...x, data: JSON.parse(x.data) as unknown }));
  return {
    replace: (items: Iterable<LinkItem>) => replace(items),
    items(kind: LinkKind, by: { id?: string; ref?: string } = {}): LinkItem[] {
      if (by.id !== undefined) return rows(st.byId.all(kind, by.id));
      if (by.ref !== undefined) return rows(st.byRef.all(kind, by.ref));
      return rows(st.byKind.all(kind));
    },
    append(op: CurationOp): CurationRecord {
      const at = new Date().toISOString();
      const r = st.append.run(at, JSON.stringify(op));
      return { seq: Number(r.lastInsertRowid), at, op };
    },
    log: (): CurationRecord[] => (st.log.all() as { seq: number; at: string; op: string }[]).map((r) => ({ seq: r.seq, at: r.at, op: JSON.parse(r.op) as CurationOp })),
  };
}
