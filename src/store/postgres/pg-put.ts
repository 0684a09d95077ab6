import type pg from 'pg';
import type { Analysis } from '../../model/analysis.js';
import { eventColumns, statementColumns } from '../analysis-rows.js';

/**
 * One statement stores a report and every annotation row: each layer goes in as a JSON array
 * and data-modifying CTEs insert them only when the report row itself was new. One round trip
 * per report, and a second put of the same id inserts nothing (ON CONFLICT DO NOTHING on the
 * primary key), which is what keeps concurrent workers exactly-once.
 */
const putSql = (fromQueue: boolean) => `
WITH ${fromQueue ? `g AS (
  UPDATE queue SET state = 'done', finished_at = now(), lease_until = NULL, error = NULL
  WHERE report_id = $1 AND claim = $18::uuid AND state = 'pending'
  RETURNING report_id
),
` : ''}r AS (
  INSERT INTO reports (id, date, title, url, outlet, external_id, text, sources, sentences, origin_file, tsv)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8::json, $9::json, $10,
         setweight(to_tsvector('newsgraph', coalesce($3::text, '')), 'A') || setweight(to_tsvector('newsgraph', $7::text), 'B')
  ${fromQueue ? 'WHERE EXISTS (SELECT 1 FROM g)' : ''}
  ON CONFLICT (id) DO NOTHING
  RETURNING id
),
src AS (
  INSERT INTO report_sources (report_id, position, name)
  SELECT r.id, x.ord - 1, x.name FROM r, json_array_elements_text($8::json) WITH ORDINALITY AS x(name, ord)
),
ent AS (
  INSERT INTO entities (report_id, id, seq, name, type, key, data)
  SELECT r.id, x.id, x.seq, x.name, x.type, x.key, x.data
  FROM r, json_to_recordset($11::json) AS x(id text, seq int, name text, type text, key text, data json)
),
men AS (
  INSERT INTO mentions (report_id, id, seq, entity, type, start, "end", data)
  SELECT r.id, x.id, x.seq, x.entity, x.type, x.start, x."end", x.data
  FROM r, json_to_recordset($12::json) AS x(id text, seq int, entity text, type text, start int, "end" int, data json)
),
sta AS (
  INSERT INTO statements (report_id, id, seq, speaker, speaker_entity, kind, polarity, start, data)
  SELECT r.id, x.id, x.seq, x.speaker, x.speaker_entity, x.kind, x.polarity, x.start, x.data
  FROM r, json_to_recordset($13::json) AS x(id text, seq int, speaker text, speaker_entity text, kind text, polarity text, start int, data json)
),
eve AS (
  INSERT INTO events (report_id, id, seq, type, actor, target, "when", statement_id, data)
  SELECT r.id, x.id, x.seq, x.type, x.actor, x.target, x."when", x.statement_id, x.data
  FROM r, json_to_recordset($14::json) AS x(id text, seq int, type text, actor text, target text, "when" text, statement_id text, data json)
),
dat AS (
  INSERT INTO dates (report_id, id, seq, "when", data)
  SELECT r.id, x.id, x.seq, x."when", x.data FROM r, json_to_recordset($15::json) AS x(id text, seq int, "when" text, data json)
),
unk AS (
  INSERT INTO unknowns (report_id, id, seq, kind, subject, data)
  SELECT r.id, x.id, x.seq, x.kind, x.subject, x.data FROM r, json_to_recordset($16::json) AS x(id text, seq int, kind text, subject text, data json)
),
dia AS (
  INSERT INTO diagnostics (report_id, seq, code, severity, data)
  SELECT r.id, x.seq, x.code, x.severity, x.data FROM r, json_to_recordset($17::json) AS x(seq int, code text, severity text, data json)
)
SELECT (SELECT count(*) FROM r)::int AS n${fromQueue ? ', (SELECT count(*) FROM g)::int AS claimed' : ''}`;
const PUT_SQL = putSql(false);
const COMPLETE_SQL = putSql(true);

/** The parameters of PUT_SQL for one analysis. */
function putParams(a: Analysis, originFile: string | null): unknown[] {
  const r = a.report;
  const j = (rows: unknown[]) => JSON.stringify(rows);
  return [
    r.id, r.date, r.title, r.url, r.outlet ?? null, r.externalId ?? null, a.text,
    JSON.stringify(r.sources), JSON.stringify(a.sentences), originFile,
    j(a.entityIndex.map((e, seq) => ({ id: e.id, seq, name: e.name, type: e.type, key: e.key ?? null, data: e }))),
    j(a.entities.map((m, seq) => ({ id: m.id, seq, entity: m.entity, type: m.type, start: m.start, end: m.end, data: m }))),
    j(a.statements.map((s, seq) => {
      const c = statementColumns(s);
      return { id: s.id, seq, speaker: c.speaker, speaker_entity: c.speakerEntity, kind: s.kind, polarity: s.polarity, start: c.start, data: s };
    })),
    j(a.events.map((e, seq) => {
      const c = eventColumns(e);
      return { id: e.id, seq, type: e.type, actor: c.actor, target: c.target, when: c.when, statement_id: e.statement, data: e };
    })),
    j(a.dates.map((d, seq) => ({ id: d.id, seq, when: d.when, data: d }))),
    j(a.unknowns.map((u, seq) => ({ id: u.id, seq, kind: u.kind, subject: u.subject?.text ?? null, data: u }))),
    j(a.diagnostics.map((d, seq) => ({ seq, code: d.code, severity: d.severity, data: d }))),
  ];
}

/**
 * Store one analysis through `client` (inside the caller's transaction, if any).
 * Returns false when the report was already stored.
 */
export async function putAnalysisRows(client: pg.Pool | pg.PoolClient, a: Analysis, originFile: string | null): Promise<boolean> {
  const res = await client.query<{ n: number }>({ name: 'newsgraph-put', text: PUT_SQL, values: putParams(a, originFile) });
  return res.rows[0].n === 1;
}

/** What completing a queued report did: stored it, found it stored already, or lost the claim. */
export type CompleteResult = 'stored' | 'duplicate' | 'lost';

/**
 * Store one analysis and mark its queue row done, in one statement (so one transaction), but
 * only while `claim` still holds the row: a worker whose lease ran out and was taken over
 * stores nothing, and the report is stored exactly once by whoever holds the claim.
 */
export async function completeQueued(client: pg.Pool | pg.PoolClient, a: Analysis, originFile: string | null, claim: string): Promise<CompleteResult> {
  const res = await client.query<{ n: number; claimed: number }>({ name: 'newsgraph-complete', text: COMPLETE_SQL, values: [...putParams(a, originFile), claim] });
  const { n, claimed } = res.rows[0];
  return claimed === 0 ? 'lost' : n === 1 ? 'stored' : 'duplicate';
}
