"""Schema version 11: the signing keys this database trusts (issue 13).

``trusted_key``: the public keys of the offices (at central) or of central
(at an office), each enrolled once its fingerprint was compared aloud. A
key is never deleted: a revoked one keeps its row (when, by whom), so the
history of who could sign stays. One live key per office at a time.
This database's own key (sealed under a password) is in ``meta``.
"""

SQL = """
CREATE TABLE trusted_key (
    id INTEGER PRIMARY KEY,
    key_id TEXT NOT NULL CHECK (length(key_id) = 16),
    public_key TEXT NOT NULL CHECK (length(public_key) = 64),
    office_code TEXT NOT NULL,
    central INTEGER NOT NULL CHECK (central IN (0, 1)),
    enrolled_at TEXT NOT NULL,
    enrolled_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
) STRICT;
CREATE UNIQUE INDEX trusted_key_live ON trusted_key(office_code) WHERE revoked_at IS NULL;
CREATE INDEX trusted_key_id ON trusted_key(key_id);
"""
