"""The end of the drive: signers' personal data removed from a database, bytes overwritten.

What goes: every signature line's name and address (and the keys made from
them), the circulators' addresses, the voter file and its verdicts, the
match keys of the duplicate search, the sides of sync conflicts, and the
values the audit log kept of lines and circulators. What stays: every line
as a counted row (its section, number, marks, problems and severity, so the
figures hold), sections, offices, operators, circulators' names (on every
petition, and what the figures by circulator are by), decisions, samples,
the voter files' provenance, and the audit's entries with who did what when.

The audit log is append-only (triggers refuse changes): the purge is the one
writer allowed to rewrite it, inside its transaction, and the triggers come
back before it commits.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from recalldesk.store import voters
from recalldesk.store.connection import Database

PURGED_AT = "purged_at"  # meta: when the drive's personal data was removed

_LINE_FIELDS = (
    "first_name", "last_name", "street_number", "street_name", "unit", "city", "zip_code",
    "name_key", "address_key",
)  # fmt: skip
# Audit entries about these hold the values they changed.
_AUDITED_PERSONAL = ("signature_line", "circulator", "sync_conflict", "voter_match")
_SCRUBBED = '{"purged": true}'
_HOLDS_PERSONAL = " OR ".join(f"{f} != ''" for f in _LINE_FIELDS)


@dataclass(frozen=True, slots=True)
class Removed:
    lines: int  # signature lines whose name and address were removed
    circulators: int  # circulators whose address was removed
    voters: int
    verdicts: int
    conflicts: int
    audit_entries: int  # audit entries whose recorded values were removed


def lines_holding_personal(db: Database) -> int:
    return int(db.scalar(f"SELECT count(*) FROM signature_line WHERE {_HOLDS_PERSONAL}") or 0)


def purge_personal(conn: sqlite3.Connection) -> Removed:
    """Remove the signers' personal data in the caller's transaction (see the module)."""
    conn.execute("PRAGMA secure_delete = ON")
    blank = ", ".join(f"{f} = ''" for f in _LINE_FIELDS)
    lines = conn.execute(f"UPDATE signature_line SET {blank} WHERE {_HOLDS_PERSONAL}").rowcount
    # No change_seq stamped, on purpose: the lines are not "changed" for packets (none is
    # sent after a purge) nor for the figures cache (the figures were counted before).
    circulators = conn.execute(
        "UPDATE circulator SET street_address = '', city = '', zip_code = '' "
        "WHERE street_address != '' OR city != '' OR zip_code != ''"
    ).rowcount
    voter_count, verdicts = voters.purge(conn)
    conflicts = conn.execute("DELETE FROM sync_conflict").rowcount
    conn.execute("DELETE FROM dedupe_line")  # match keys made from names and addresses
    conn.execute("DELETE FROM verify_line")  # the second keying of verified sections
    conn.execute("UPDATE discrepancy SET first_value = '', second_value = '', value = ''")
    audit_entries = _scrub_audit(conn)
    return Removed(lines, circulators, voter_count, verdicts, conflicts, audit_entries)


def _scrub_audit(conn: sqlite3.Connection) -> int:
    """Remove the values the audit kept of personal records; returns the entries changed.
    The append-only triggers are dropped and made again inside the caller's transaction."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    marks = ", ".join("?" * len(_AUDITED_PERSONAL))
    changed = conn.execute(
        f"UPDATE audit_log SET changes = ? WHERE entity IN ({marks}) AND changes != ?",
        (_SCRUBBED, *_AUDITED_PERSONAL, _SCRUBBED),
    ).rowcount
    for _, sql in triggers:
        conn.execute(sql)
    return int(changed)


def purge_copy(path: Path) -> bool:
    """The same purge in another copy of the database (a backup), then the file shrunk so
    no removed page is left in it; False when the file is not a database of ours."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        if "signature_line" not in tables or "audit_log" not in tables:
            return False
        missing = {"voter", "voter_match", "dedupe_line", "sync_conflict"} - tables
        conn.execute("BEGIN IMMEDIATE")
        try:
            if missing:  # an older schema's backup: the parts it has
                _purge_older(conn, tables)
            else:
                purge_personal(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
        return True
    finally:
        conn.close()


def _purge_older(conn: sqlite3.Connection, tables: set[str]) -> None:
    conn.execute("PRAGMA secure_delete = ON")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(signature_line)")}
    blank = ", ".join(f"{f} = ''" for f in _LINE_FIELDS if f in columns)
    conn.execute(f"UPDATE signature_line SET {blank}")  # no change_seq: see purge_personal
    conn.execute("UPDATE circulator SET street_address = '', city = '', zip_code = ''")
    for table in ("voter", "voter_match", "dedupe_line", "sync_conflict"):
        if table in tables:
            conn.execute(f"DELETE FROM {table}")
    _scrub_audit(conn)


__all__ = [
    "PURGED_AT",
    "Removed",
    "lines_holding_personal",
    "purge_copy",
    "purge_personal",
]
