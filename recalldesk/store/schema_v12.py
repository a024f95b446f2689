"""Schema version 12: the section serial ranges central issues to each office (issue 13).

A range is a prefix and two numbers (core.serials). Ranges are never deleted
(the audit says who issued each); two ranges never overlap (checked by the
operation that issues them).
"""

SQL = """
CREATE TABLE serial_range (
    id INTEGER PRIMARY KEY,
    office_code TEXT NOT NULL,
    prefix TEXT NOT NULL,
    first INTEGER NOT NULL CHECK (first >= 0),
    last INTEGER NOT NULL CHECK (last >= first),
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL
) STRICT;
"""
