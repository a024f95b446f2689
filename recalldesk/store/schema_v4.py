"""Schema version 4: finding people who signed twice.

* ``dedupe_line``: each line as the matcher sees it (normalized; version 5
  keeps only the keys), with the line's version when it was normalized, so
  only new and changed lines are done again, and its blocking keys as 64-bit
  hashes (one column per kind of key). An incremental run scans the key
  columns to find the lines that share a key with a new one; no index is
  kept on them, because building nine indexes over a county drive costs
  more than that scan ever does.
* ``dedupe_group`` / ``dedupe_member`` / ``dedupe_pair``: what a run found —
  groups of lines that may be one signer, with each scored pair and its
  reasons — and where each group stands (open, confirmed, dismissed). A
  member remembers the line's version, so a line changed since the group was
  settled brings it back.
* ``line_name_zip``: lines by name and ZIP, so the lookup made as each line
  is saved ("possibly signed before") stays a few index probes even for the
  commonest names in a drive of millions.
* ``duplicate_decision`` learns which line of a pair is the repeat (the one
  that does not count) and the lines' versions when it was decided.
"""

SQL = """
CREATE TABLE dedupe_line (
    line_id INTEGER PRIMARY KEY REFERENCES signature_line(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    first TEXT NOT NULL,
    middle TEXT NOT NULL,
    last TEXT NOT NULL,
    surname TEXT NOT NULL,
    suffix TEXT NOT NULL,
    number TEXT NOT NULL,
    street TEXT NOT NULL,
    street_core TEXT NOT NULL,
    unit TEXT NOT NULL,
    zip5 TEXT NOT NULL,
    city TEXT NOT NULL,
    k1 INTEGER, k2 INTEGER, k3 INTEGER, k4 INTEGER, k5 INTEGER,
    k6 INTEGER, k7 INTEGER, k8 INTEGER, k9 INTEGER
) STRICT;

CREATE TABLE dedupe_group (
    id INTEGER PRIMARY KEY,
    score REAL NOT NULL,
    likely INTEGER NOT NULL CHECK (likely IN (0, 1)),
    undecidable INTEGER NOT NULL CHECK (undecidable IN (0, 1)),
    reasons TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
    found_at TEXT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX dedupe_group_open ON dedupe_group(status, score);

CREATE TABLE dedupe_member (
    group_id INTEGER NOT NULL REFERENCES dedupe_group(id) ON DELETE CASCADE,
    line_id INTEGER NOT NULL,
    line_version INTEGER NOT NULL,
    PRIMARY KEY (group_id, line_id)
) STRICT;
CREATE INDEX dedupe_member_line ON dedupe_member(line_id);

CREATE TABLE dedupe_pair (
    group_id INTEGER NOT NULL REFERENCES dedupe_group(id) ON DELETE CASCADE,
    line_a INTEGER NOT NULL,
    line_b INTEGER NOT NULL,
    score REAL NOT NULL,
    reasons TEXT NOT NULL,
    undecidable INTEGER NOT NULL CHECK (undecidable IN (0, 1)),
    PRIMARY KEY (group_id, line_a, line_b)
) STRICT;

CREATE INDEX line_name_zip ON signature_line(name_key, zip_code);

ALTER TABLE duplicate_decision ADD COLUMN repeat_uuid TEXT;
ALTER TABLE duplicate_decision ADD COLUMN line_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE duplicate_decision ADD COLUMN other_line_version INTEGER NOT NULL DEFAULT 0;
-- Decisions taken before: the line keyed later is the repeat.
UPDATE duplicate_decision SET repeat_uuid = (
    SELECT CASE WHEN (a.created_at, a.uuid) > (b.created_at, b.uuid) THEN a.uuid ELSE b.uuid END
    FROM signature_line a, signature_line b
    WHERE a.uuid = duplicate_decision.line_uuid AND b.uuid = duplicate_decision.other_line_uuid
) WHERE decision = 'duplicate';
CREATE INDEX duplicate_decision_repeat ON duplicate_decision(repeat_uuid);
"""
