-- User corrections of entity resolution: kept apart from what ingestion writes, re-applied after every ingest so
-- that they survive re-ingestion. kind: merge (b into a), split (alias b out of a), alias (b is also a).
CREATE TABLE corrections (
  seq        INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'alias')),
  a          TEXT NOT NULL,
  b          TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (seq)
);
