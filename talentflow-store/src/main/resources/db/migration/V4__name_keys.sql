-- The comparison key of every entity name and alias (simplified script, lower case, without spaces, dots between
-- names or hyphens), indexed: corrections are applied again after every ingest and look their names up by key, at a
-- cost that does not grow with the store. Rows stored before this version get their keys when the store is opened.
ALTER TABLE entities ADD COLUMN name_key TEXT;
ALTER TABLE aliases ADD COLUMN alias_key TEXT;
CREATE INDEX entities_by_name_key ON entities (name_key);
CREATE INDEX aliases_by_alias_key ON aliases (alias_key);
