"""Schema version 3: why a section was closed with differing totals; circulator search.

* ``section.close_note``: the reason given when a section is closed as keyed
  although its keyed lines differ from the declared count. It travels with
  the section (packets carry it), so the central office and the export see it.
* ``circulator_search``: an FTS5 index over circulators' folded names, so
  intake completes "ros mart" to "Rosa Martínez" from an index, accent- and
  case-blind, however many circulators a drive has. Triggers keep it in step
  with the table (keying, merges and bulk loads alike).
"""

SQL = """
ALTER TABLE section ADD COLUMN close_note TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE circulator_search USING fts5(
    name_key, content='circulator', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO circulator_search(circulator_search) VALUES ('rebuild');

CREATE TRIGGER circulator_search_insert AFTER INSERT ON circulator BEGIN
    INSERT INTO circulator_search(rowid, name_key) VALUES (new.id, new.name_key);
END;
CREATE TRIGGER circulator_search_delete AFTER DELETE ON circulator BEGIN
    INSERT INTO circulator_search(circulator_search, rowid, name_key)
    VALUES ('delete', old.id, old.name_key);
END;
CREATE TRIGGER circulator_search_update AFTER UPDATE OF name_key ON circulator BEGIN
    INSERT INTO circulator_search(circulator_search, rowid, name_key)
    VALUES ('delete', old.id, old.name_key);
    INSERT INTO circulator_search(rowid, name_key) VALUES (new.id, new.name_key);
END;
"""
