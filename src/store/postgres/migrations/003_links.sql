-- Cross-report links (canonical entities, copies, stories, closed gaps), recomputed as a whole
-- by `link` and replaced in one transaction: one table keyed by kind and id, with `ref` for the
-- lookup each kind needs and `seq` keeping the order they were written in.
CREATE TABLE link_items (
  kind text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  ref text COLLATE "C",
  seq integer NOT NULL,
  data json NOT NULL,
  PRIMARY KEY (kind, id)
);
CREATE INDEX link_items_ref ON link_items (kind, ref);

-- Curation of canonical entities from the CLI, replayed after every relink.
CREATE TABLE curation_log (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  op json NOT NULL
);

DROP TABLE stories;
