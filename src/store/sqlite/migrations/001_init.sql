-- Reports and their annotations. Each annotation row keeps its full JSON in `data` (lossless
-- round trip of the analyze shape) plus the columns queries filter and sort on.
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  date TEXT,
  title TEXT,
  url TEXT,
  outlet TEXT,
  external_id TEXT,
  text TEXT NOT NULL,
  sources TEXT NOT NULL,            -- JSON array of credited sources, in order
  sentences TEXT NOT NULL,          -- JSON array of {start, end}
  origin_file TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX reports_date ON reports(date);

CREATE TABLE report_sources (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (report_id, position)
);
CREATE INDEX report_sources_name ON report_sources(name COLLATE NOCASE);

CREATE TABLE entities (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  key TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (report_id, id)
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_key ON entities(key);

CREATE TABLE mentions (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  entity TEXT NOT NULL,
  type TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (report_id, id)
);

CREATE TABLE statements (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  speaker TEXT,                      -- resolved speaker name, else the speaker text
  speaker_entity TEXT,
  kind TEXT NOT NULL,
  polarity TEXT NOT NULL,
  start INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (report_id, id)
);
CREATE INDEX statements_speaker ON statements(speaker COLLATE NOCASE);

CREATE TABLE events (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT,
  target TEXT,
  "when" TEXT,
  statement_id TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (report_id, id)
);
CREATE INDEX events_when ON events("when");

CREATE TABLE dates (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  "when" TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (report_id, id)
);

CREATE TABLE unknowns (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (report_id, id)
);

CREATE TABLE diagnostics (
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (report_id, seq)
);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL
);

CREATE VIRTUAL TABLE reports_fts USING fts5(report_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
