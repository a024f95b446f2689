"""Schema version 2: office sync packets, the central merge, and digests.

Central's own knowledge lives in its own tables (the packet ledger, merge
conflicts, duplicate decisions) so it never collides with the offices'
records, which only their owners change. An office keeps what central told
it in the digest tables. Nothing here is a record table: these rows carry
no change sequence and never travel in a packet.
"""

SQL = """
-- Central: one row per packet merged (office + device + sequence + signature).
CREATE TABLE sync_packet (
    id INTEGER PRIMARY KEY,
    office_code TEXT NOT NULL,
    device_id TEXT NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    since_change_seq INTEGER NOT NULL CHECK (since_change_seq >= 0),
    upto_change_seq INTEGER NOT NULL CHECK (upto_change_seq >= since_change_seq),
    is_full INTEGER NOT NULL CHECK (is_full IN (0, 1)),  -- covers everything from change 0
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    signature TEXT NOT NULL,
    app_version TEXT NOT NULL,
    created_at TEXT NOT NULL,  -- when the office wrote it (its manifest)
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    added INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    conflicts INTEGER NOT NULL,
    UNIQUE (device_id, sequence, signature)
) STRICT;
CREATE INDEX sync_packet_sha256 ON sync_packet(sha256);
CREATE INDEX sync_packet_office ON sync_packet(office_code, device_id, sequence);

-- Central: an equal version with different content. The local row is kept;
-- both sides are stored as JSON objects of the packet's columns.
CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL
        CHECK (entity IN ('office', 'operator', 'circulator', 'section', 'signature_line')),
    uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    local TEXT NOT NULL,
    incoming TEXT NOT NULL,
    packet_id INTEGER NOT NULL REFERENCES sync_packet(id),
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT CHECK (resolution IN ('local', 'incoming')),
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
) STRICT;
CREATE INDEX sync_conflict_uuid ON sync_conflict(uuid, version);

-- Central: coordinators' decisions about pairs of lines (stored once per
-- pair, line_uuid < other_line_uuid). Never written by a packet.
CREATE TABLE duplicate_decision (
    id INTEGER PRIMARY KEY,
    line_uuid TEXT NOT NULL,
    other_line_uuid TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('duplicate', 'not_duplicate')),
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    CHECK (line_uuid < other_line_uuid),
    UNIQUE (line_uuid, other_line_uuid)
) STRICT;
CREATE INDEX duplicate_decision_other ON duplicate_decision(other_line_uuid);

-- Office: the digests imported from central (the newest one is current).
CREATE TABLE central_digest (
    id INTEGER PRIMARY KEY,
    sequence INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    figures TEXT NOT NULL,   -- JSON object: the Campaign sheet
    standing TEXT NOT NULL   -- JSON array: the Standing sheet's rows
) STRICT;

-- Office: central's decisions about this office's lines, as of the newest digest.
CREATE TABLE central_decision (
    line_uuid TEXT NOT NULL,
    other_line_uuid TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('duplicate', 'not_duplicate')),
    serial TEXT NOT NULL,
    line_number INTEGER NOT NULL,
    other_office TEXT NOT NULL,
    other_serial TEXT NOT NULL,
    other_line_number INTEGER NOT NULL,
    decided_at TEXT NOT NULL,
    digest_id INTEGER NOT NULL REFERENCES central_digest(id),
    PRIMARY KEY (line_uuid, other_line_uuid)
) STRICT;
"""
