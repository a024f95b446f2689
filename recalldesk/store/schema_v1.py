"""Schema version 1: the foundation.

Every record table carries the same sync columns: a UUID, the office and
device it came from, a version bumped on every change, timestamps, a
tombstone flag and the local change sequence that sync packets read from.
Deleting is setting ``deleted = 1``; rows are never removed, so a merge can
tell "deleted" from "never seen".
"""

SYNC_COLUMNS = """
    uuid TEXT NOT NULL UNIQUE,
    origin_office TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    change_seq INTEGER NOT NULL
"""

SQL = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    county TEXT NOT NULL,
    required_signatures INTEGER NOT NULL CHECK (required_signatures > 0),
    approval_date TEXT NOT NULL,
    filing_deadline TEXT NOT NULL,
    sample_fraction REAL NOT NULL,
    sample_minimum INTEGER NOT NULL,
    qualify_above REAL NOT NULL,
    fail_below REAL NOT NULL,
    assumed_validity REAL NOT NULL,
    {SYNC_COLUMNS}
) STRICT;

CREATE TABLE office (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    {SYNC_COLUMNS}
) STRICT;
CREATE UNIQUE INDEX office_code ON office(code) WHERE deleted = 0;

CREATE TABLE operator (
    id INTEGER PRIMARY KEY,
    office_id INTEGER NOT NULL REFERENCES office(id),
    name TEXT NOT NULL,
    initials TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS}
) STRICT;

CREATE TABLE circulator (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    street_address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    zip_code TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL,
    {SYNC_COLUMNS}
) STRICT;
CREATE INDEX circulator_name ON circulator(name_key);

CREATE TABLE section (
    id INTEGER PRIMARY KEY,
    serial TEXT NOT NULL,
    office_id INTEGER NOT NULL REFERENCES office(id),
    circulator_id INTEGER REFERENCES circulator(id),
    declared_lines INTEGER NOT NULL CHECK (declared_lines >= 0),
    circulated_from TEXT,
    circulated_to TEXT,
    declaration_signed INTEGER NOT NULL CHECK (declaration_signed IN (0, 1)),
    declaration_dated INTEGER NOT NULL CHECK (declaration_dated IN (0, 1)),
    declaration_place INTEGER NOT NULL CHECK (declaration_place IN (0, 1)),
    received_on TEXT,
    status TEXT NOT NULL
        CHECK (status IN ('received', 'keying', 'keyed', 'verified', 'exported')),
    problems TEXT NOT NULL DEFAULT '',
    voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    {SYNC_COLUMNS}
) STRICT;
CREATE UNIQUE INDEX section_serial ON section(serial) WHERE deleted = 0;
CREATE INDEX section_circulator ON section(circulator_id);
CREATE INDEX section_change ON section(change_seq);

CREATE TABLE signature_line (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES section(id),
    line_number INTEGER NOT NULL CHECK (line_number >= 1),
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    street_number TEXT NOT NULL DEFAULT '',
    street_name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    zip_code TEXT NOT NULL DEFAULT '',
    signature_present INTEGER NOT NULL CHECK (signature_present IN (0, 1)),
    mark TEXT NOT NULL CHECK (mark IN ('', 'blank', 'struck', 'withdrawn', 'illegible')),
    problems TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'warning', 'error')),
    name_key TEXT NOT NULL,
    address_key TEXT NOT NULL,
    operator_id INTEGER REFERENCES operator(id),
    {SYNC_COLUMNS}
) STRICT;
CREATE INDEX line_section ON signature_line(section_id, line_number);
CREATE INDEX line_name ON signature_line(name_key);
CREATE INDEX line_address ON signature_line(address_key);
CREATE INDEX line_change ON signature_line(change_seq);

-- Who changed what, when: written in the same transaction as the change.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    office TEXT NOT NULL,
    device TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk', 'note')),
    entity TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    changes TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_entity ON audit_log(entity_uuid);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""
