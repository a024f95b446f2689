"""Schema version 8: the county voter file (issue 12), kept at the central office.

* ``voter_file``: each file imported, with what 2 CCR 19003 asks a campaign to
  keep: its name, size, SHA-256, the day it was received, who imported it and
  when, how many rows were read and refused, and the column mapping used.
  ``current`` marks the file the voters below come from.
* ``voter``: the current file's voters, normalized as signature lines are
  (recalldesk.core.matching.record), so a line and a voter compare field by field.

Neither table is in any packet, digest or export: the file never leaves this
database.
"""

SQL = """
CREATE TABLE voter_file (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    received_on TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    refused_rows INTEGER NOT NULL,
    mapping TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 0 CHECK (current IN (0, 1))
) STRICT;

CREATE TABLE voter (
    id INTEGER PRIMARY KEY,
    voter_id TEXT NOT NULL,
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
    status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'canceled')),
    registered_on TEXT
) STRICT;
"""
