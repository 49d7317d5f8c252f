-- Search by any name without reading every alias: each alias is also stored normalized the way names are compared
-- (traditional script as simplified, lower case, no spaces or name dots), written by the store with the alias and
-- filled in for older rows when a store is opened. The index answers exact and prefix matches directly and is the
-- narrow column a substring match scans (covering: the entity id is in it). Portable SQL: SQLite and PostgreSQL.
ALTER TABLE aliases ADD COLUMN alias_key TEXT;
CREATE INDEX aliases_by_key ON aliases (alias_key, entity_id);
