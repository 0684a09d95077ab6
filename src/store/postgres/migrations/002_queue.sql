-- The ingest queue: `newsgraph ingest --queue` stores each raw report here (keyed by report id,
-- so enqueueing twice is a no-op) and `newsgraph worker` claims rows with FOR UPDATE SKIP
-- LOCKED. A claim is a lease: `claim` names the claimant and `lease_until` says when any other
-- worker may take the row over. A worker completes a row in the same transaction that stores
-- the report, so a report is never stored without its row being done, nor the reverse.
CREATE TABLE queue (
  report_id text COLLATE "C" PRIMARY KEY,
  report json NOT NULL,                -- the report as read: text, date, sources, title, origin…
  warnings json NOT NULL DEFAULT '[]', -- reader warnings, prepended to the report's diagnostics
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  claim uuid,
  worker text,
  lease_until timestamptz,
  enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  seq bigserial NOT NULL,
  finished_at timestamptz,
  error text
);
CREATE INDEX queue_pending ON queue (seq) WHERE state = 'pending';
