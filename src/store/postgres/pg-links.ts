import type pg from 'pg';
import type { CurationOp, CurationRecord } from '../../link/types.js';
import type { LinkItem, LinkKind } from '../store.js';

const CHUNK = 2000;

/** The cross-report link rows and the curation log of a PostgreSQL store. */
export function createPgLinks(pool: pg.Pool) {
  const rows = (r: { kind: LinkKind; id: string; ref: string | null; data: unknown }[]): LinkItem[] =>
    r.map((x) => ({ kind: x.kind, id: x.id, ref: x.ref, data: x.data }));
  return {
    /**
     * Replace every link item in one transaction. The table lock makes two `link` runs at once
     * take turns (the second replaces the first's rows whole) instead of failing on keys.
     */
    async replace(items: Iterable<LinkItem>): Promise<void> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('LOCK TABLE link_items IN EXCLUSIVE MODE');
        await client.query('DELETE FROM link_items');
        const insert = (chunk: unknown[]) => client.query(`INSERT INTO link_items (kind, id, ref, seq, data)
            SELECT x.kind, x.id, x.ref, x.seq, x.data FROM json_to_recordset($1::json) AS x(kind text, id text, ref text, seq int, data json)`, [JSON.stringify(chunk)]);
        let chunk: { kind: LinkKind; id: string; ref: string | null; seq: number; data: unknown }[] = [];
        let seq = 0;
        for (const x of items) {
          chunk.push({ kind: x.kind, id: x.id, ref: x.ref, seq: seq++, data: x.data ?? null });
          if (chunk.length === CHUNK) {
            await insert(chunk);
            chunk = [];
          }
        }
        if (chunk.length) await insert(chunk);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async items(kind: LinkKind, by: { id?: string; ref?: string } = {}): Promise<LinkItem[]> {
      const base = 'SELECT kind, id, ref, data FROM link_items WHERE kind = $1';
      if (by.id !== undefined) return rows((await pool.query(`${base} AND id = $2`, [kind, by.id])).rows);
      if (by.ref !== undefined) return rows((await pool.query(`${base} AND ref = $2 ORDER BY seq`, [kind, by.ref])).rows);
      return rows((await pool.query(`${base} ORDER BY seq`, [kind])).rows);
    },
    async append(op: CurationOp): Promise<CurationRecord> {
      const r = await pool.query<{ seq: string; at: Date }>('INSERT INTO curation_log (op) VALUES ($1::json) RETURNING seq, at', [JSON.stringify(op)]);
      return { seq: Number(r.rows[0].seq), at: r.rows[0].at.toISOString(), op };
    },
    async log(): Promise<CurationRecord[]> {
      const r = await pool.query<{ seq: string; at: Date; op: CurationOp }>('SELECT seq, at, op FROM curation_log ORDER BY seq');
      return r.rows.map((x) => ({ seq: Number(x.seq), at: x.at.toISOString(), op: x.op }));
    },
  };
}
