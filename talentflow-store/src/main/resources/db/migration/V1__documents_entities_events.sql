-- talentflow schema, version 1. Portable SQL: runs on SQLite and PostgreSQL.
-- Every fact keeps its document (by content hash) and its span in the document's original text.

CREATE TABLE documents (
  hash        TEXT PRIMARY KEY,          -- SHA-256 of the original text: the same article is stored once
  doc_key     TEXT NOT NULL,             -- JSON-lines id, or file name without extension
  version     INTEGER NOT NULL,          -- a changed article under the same key is a new version
  source      TEXT NOT NULL,
  url         TEXT,
  title       TEXT,
  published   TEXT,                      -- ISO date, or NULL when unknown
  text        TEXT NOT NULL,             -- the original text all spans point into
  chars       INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE (doc_key, version)
);

CREATE TABLE entities (
  id   TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG')),
  name TEXT NOT NULL
);

CREATE TABLE aliases (
  entity_id TEXT NOT NULL REFERENCES entities (id),
  alias     TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX aliases_by_alias ON aliases (alias);

CREATE TABLE mentions (
  doc_hash     TEXT NOT NULL REFERENCES documents (hash),
  entity_id    TEXT NOT NULL REFERENCES entities (id),
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  source       TEXT NOT NULL
);
CREATE INDEX mentions_by_doc ON mentions (doc_hash);
CREATE INDEX mentions_by_entity ON mentions (entity_id);

CREATE TABLE events (
  id               TEXT PRIMARY KEY,     -- document hash + ordinal
  doc_hash         TEXT NOT NULL REFERENCES documents (hash),
  type             TEXT NOT NULL,
  person_id        TEXT NOT NULL REFERENCES entities (id),
  org_id           TEXT REFERENCES entities (id),
  other_org_id     TEXT REFERENCES entities (id),
  role             TEXT,
  time_value       TEXT,
  time_granularity TEXT,
  time_text        TEXT,
  polarity         TEXT NOT NULL,
  ev_start         INTEGER NOT NULL,
  ev_end           INTEGER NOT NULL,
  ev_text          TEXT NOT NULL,
  confidence       DOUBLE PRECISION NOT NULL
);
CREATE INDEX events_by_doc ON events (doc_hash);
CREATE INDEX events_by_person ON events (person_id);
