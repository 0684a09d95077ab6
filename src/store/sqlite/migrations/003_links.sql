-- Cross-report links (canonical entities, copies, stories, closed gaps), recomputed as a whole by
-- `link`: one generic table keyed by kind and id, with `ref` for the lookup each kind needs.
CREATE TABLE link_items (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  ref TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (kind, id)
);
CREATE INDEX link_items_ref ON link_items(kind, ref);

-- Curation of canonical entities from the CLI, replayed after every relink.
CREATE TABLE curation_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  op TEXT NOT NULL
);

DROP TABLE stories;
