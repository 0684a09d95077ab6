-- Reports and their annotations, the same tables as the SQLite store. Each annotation row keeps
-- its full JSON in `data` (json, not jsonb, so the analyze shape round-trips with its key order)
-- plus the columns queries filter and sort on, and `seq`, its position in the report's layer.
-- Text keys use the "C" collation so ordering matches SQLite's byte order whatever the
-- database's default collation is.

-- Accent-insensitive full-text search. unaccent is a trusted contrib extension (PostgreSQL 13+),
-- so a database owner can create it; when it is missing the configuration is plain English and
-- accents must match (see docs/scale.md).
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS unaccent;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'newsgraph: unaccent is not available; search will be accent-sensitive';
  END;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'newsgraph'
                   AND cfgnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())) THEN
    CREATE TEXT SEARCH CONFIGURATION newsgraph (COPY = pg_catalog.english);
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
      ALTER TEXT SEARCH CONFIGURATION newsgraph
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    END IF;
  END IF;
END
$$;

CREATE TABLE reports (
  id text COLLATE "C" PRIMARY KEY,
  date text COLLATE "C",
  title text,
  url text,
  outlet text,
  external_id text,
  text text NOT NULL,
  sources json NOT NULL,             -- credited sources, in order
  sentences json NOT NULL,           -- [{start, end}]
  origin_file text,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector NOT NULL
);
CREATE INDEX reports_date ON reports (date DESC NULLS LAST, id);
CREATE INDEX reports_tsv ON reports USING gin (tsv);

CREATE TABLE report_sources (
  report_id text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (report_id, position)
);
CREATE INDEX report_sources_name ON report_sources (lower(name));

CREATE TABLE entities (
  report_id text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  key text,
  data json NOT NULL,
  PRIMARY KEY (report_id, id)
);
CREATE INDEX entities_name ON entities (lower(name));
CREATE INDEX entities_key ON entities (key);

CREATE TABLE mentions (
  report_id text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  entity text NOT NULL,
  type text NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  data json NOT NULL,
  PRIMARY KEY (report_id, id)
);

CREATE TABLE statements (
  report_id text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  speaker text,                      -- resolved speaker name, else the speaker text
  speaker_entity text,
  kind text NOT NULL,
  polarity text NOT NULL,
  start integer NOT NULL,
  data json NOT NULL,
  PRIMARY KEY (report_id, id)
);
CREATE INDEX statements_speaker ON statements (lower(speaker));

CREATE TABLE events (
  report_id text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  type text NOT NULL,
  actor text,
  target text,
  "when" text COLLATE "C",
  statement_id text,
  data json NOT NULL,
  PRIMARY KEY (report_id, id)
);
CREATE INDEX events_when ON events ("when");

CREATE TABLE dates (
  report_id text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  "when" text COLLATE "C" NOT NULL,
  data json NOT NULL,
  PRIMARY KEY (report_id, id)
);

CREATE TABLE unknowns (
  report_id text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  kind text NOT NULL,
  subject text,
  data json NOT NULL,
  PRIMARY KEY (report_id, id)
);

CREATE TABLE diagnostics (
  report_id text COLLATE "C" NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  code text NOT NULL,
  severity text NOT NULL,
  data json NOT NULL,
  PRIMARY KEY (report_id, seq)
);

-- Replaced by link_items in 003_links.sql.
CREATE TABLE stories (
  id text COLLATE "C" PRIMARY KEY,
  data json NOT NULL
);
