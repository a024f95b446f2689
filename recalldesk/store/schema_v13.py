"""Schema version 13: operators sign in (issue 13).

One row per operator who may sign in at this computer: their role and their
PIN's or password's scrypt hash (core.passwords), and the count of wrong tries
that locks them out for a while. The table is this database's own: packets and
digests never carry it (an office's PINs stay on its laptop), and an operator
without a row cannot sign in until a lead gives them a PIN.
"""

SQL = """
CREATE TABLE credential (
    operator_id INTEGER PRIMARY KEY REFERENCES operator(id),
    role TEXT NOT NULL CHECK (role IN ('volunteer', 'lead', 'coordinator')),
    secret TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locked_until TEXT NOT NULL DEFAULT '',
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
) STRICT;
"""
