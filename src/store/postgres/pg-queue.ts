import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Report } from '../../model/report.js';

/** A report waiting in the queue, as enqueued. */
export interface QueuedReport {
  report: Report;
  warnings: Diagnostic[];
}

/** Reports one worker holds under one lease. */
export interface Claim {
  /** The claim token; completing a row needs it to still hold the row. */
  token: string;
  items: (QueuedReport & { attempts: number })[];
}

export interface QueueCounts {
  pending: number;
  /** Pending rows some worker holds under an unexpired lease. */
  leased: number;
  done: number;
  failed: number;
}

/**
 * Add reports to the queue. A report already queued (in any state) or already stored is left
 * alone, so enqueueing the same input twice adds nothing. Returns how many rows were added.
 */
export async function enqueueReports(pool: pg.Pool, batch: QueuedReport[]): Promise<number> {
  if (batch.length === 0) return 0;
  const rows = batch.map((q) => ({ report_id: q.report.id, report: q.report, warnings: q.warnings }));
  const res = await pool.query({
    name: 'ng-enqueue',
    // ORDER BY ord keeps input order in `seq`, which is the order workers claim in.
    text: `INSERT INTO queue (report_id, report, warnings)
      SELECT x.v->>'report_id', x.v->'report', x.v->'warnings'
      FROM json_array_elements($1::json) WITH ORDINALITY AS x(v, ord)
      WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = x.v->>'report_id')
      ORDER BY x.ord
      ON CONFLICT (report_id) DO NOTHING`,
    values: [JSON.stringify(rows)],
  });
  return res.rowCount ?? 0;
}

/**
 * Claim up to `limit` pending reports whose lease is free or has run out, skipping rows other
 * workers are claiming this instant (FOR UPDATE SKIP LOCKED), and lease them for `leaseMs`.
 * The claim commits at once: the lease, not an open transaction, is what protects the rows, so
 * a worker killed mid-batch leaves rows that any worker takes over when the lease ends.
 */
export async function claimReports(pool: pg.Pool, worker: string, limit: number, leaseMs: number, maxAttempts: number): Promise<Claim> {
  const token = randomUUID();
  const res = await pool.query<{ report: Report; warnings: Diagnostic[]; attempts: number }>({
    name: 'ng-claim',
    text: `WITH c AS (
        SELECT report_id FROM queue
        WHERE state = 'pending' AND (lease_until IS NULL OR lease_until < clock_timestamp()) AND attempts < $5
        ORDER BY seq
        LIMIT $2
        FOR UPDATE SKIP LOCKED
      )
      UPDATE queue q SET claim = $1::uuid, worker = $3, attempts = q.attempts + 1,
        lease_until = clock_timestamp() + make_interval(secs => $4::double precision / 1000)
      FROM c WHERE q.report_id = c.report_id
      RETURNING q.report, q.warnings, q.attempts, q.seq`,
    values: [token, limit, worker, leaseMs, maxAttempts],
  });
  const rows = res.rows as ({ seq: string } & (typeof res.rows)[number])[];
  rows.sort((a, b) => Number(a.seq) - Number(b.seq));
  return { token, items: rows.map((r) => ({ report: r.report, warnings: r.warnings, attempts: r.attempts })) };
}

/** Push the lease of a claim's unfinished rows forward (a heartbeat for long batches). */
export async function extendClaim(pool: pg.Pool, token: string, leaseMs: number): Promise<void> {
  await pool.query({
    name: 'ng-extend',
    text: `UPDATE queue SET lease_until = clock_timestamp() + make_interval(secs => $2::double precision / 1000)
      WHERE claim = $1::uuid AND state = 'pending'`,
    values: [token, leaseMs],
  });
}

/** Give a claim's unfinished rows back at once (a worker stopping cleanly), without counting an attempt. */
export async function releaseClaim(pool: pg.Pool, token: string): Promise<void> {
  await pool.query({
    name: 'ng-release',
    text: `UPDATE queue SET lease_until = NULL, claim = NULL, attempts = greatest(attempts - 1, 0)
      WHERE claim = $1::uuid AND state = 'pending'`,
    values: [token],
  });
}

/** Mark a report failed (its analysis or its rows were rejected), if the claim still holds it. */
export async function failReport(pool: pg.Pool, token: string, reportId: string, error: string): Promise<void> {
  await pool.query({
    name: 'ng-fail',
    text: `UPDATE queue SET state = 'failed', error = $3, finished_at = now(), lease_until = NULL
      WHERE report_id = $2 AND claim = $1::uuid AND state = 'pending'`,
    values: [token, reportId, error],
  });
}

/**
 * Fail rows whose lease ran out `maxAttempts` times: a report that kills every worker that
 * takes it must not be retried for ever (nor keep `worker --once` waiting).
 */
export async function failExhausted(pool: pg.Pool, maxAttempts: number): Promise<number> {
  const res = await pool.query({
    name: 'ng-exhausted',
    text: `UPDATE queue SET state = 'failed', finished_at = now(), error = 'abandoned by ' || attempts || ' workers (lease ran out each time)'
      WHERE state = 'pending' AND attempts >= $1 AND lease_until < clock_timestamp()`,
    values: [maxAttempts],
  });
  return res.rowCount ?? 0;
}

/** How many queue rows are in each state. */
export async function queueCounts(pool: pg.Pool): Promise<QueueCounts> {
  const res = await pool.query<QueueCounts>(`SELECT
      count(*) FILTER (WHERE state = 'pending')::int AS pending,
      count(*) FILTER (WHERE state = 'pending' AND lease_until >= clock_timestamp())::int AS leased,
      count(*) FILTER (WHERE state = 'done')::int AS done,
      count(*) FILTER (WHERE state = 'failed')::int AS failed
    FROM queue`);
  return res.rows[0];
}
