-- Numbers and dates the articles state (claims), with their evidence in the original text.
CREATE TABLE claims (
  doc_hash  TEXT NOT NULL REFERENCES documents (hash),
  subject   TEXT NOT NULL,
  quantity  TEXT NOT NULL,
  value     TEXT NOT NULL,
  as_of     TEXT,
  ev_start  INTEGER NOT NULL,
  ev_end    INTEGER NOT NULL,
  ev_text   TEXT NOT NULL
);
CREATE INDEX claims_by_subject ON claims (subject, quantity);
