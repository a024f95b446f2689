"""Who may sign in at this computer, as what, and their PIN's hash (schema v13)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from recalldesk.core.records import StaffRole
from recalldesk.store.connection import Database


@dataclass(frozen=True, slots=True)
class Credential:
    operator_id: int
    role: StaffRole
    secret: str
    failures: int
    locked_until: str  # UTC ISO time, or "" when not locked
    set_at: str
    set_by: str


_COLUMNS = "operator_id, role, secret, failures, locked_until, set_at, set_by"


def _credential(row: tuple[object, ...]) -> Credential:
    ident, role, secret, failures, locked, at, by = row
    return Credential(
        int(str(ident)), StaffRole(str(role)), str(secret), int(str(failures)), str(locked),
        str(at), str(by),
    )  # fmt: skip


def credential_of(db: Database, operator_id: int) -> Credential | None:
    rows = db.query(f"SELECT {_COLUMNS} FROM credential WHERE operator_id = ?", (operator_id,))
    return _credential(tuple(rows[0])) if rows else None


def credentials_of_office(db: Database, office_id: int) -> dict[int, Credential]:
    """Every credential of the office's operators (removed operators left out)."""
    rows = db.query(
        f"SELECT {', '.join('c.' + c for c in _COLUMNS.split(', '))} FROM credential c "
        "JOIN operator o ON o.id = c.operator_id WHERE o.office_id = ? AND o.deleted = 0",
        (office_id,),
    )
    found = (_credential(tuple(r)) for r in rows)
    return {c.operator_id: c for c in found}


def put(
    conn: sqlite3.Connection, operator_id: int, role: StaffRole, secret: str, at: str, by: str
) -> None:
    """Give ``operator_id`` this role and secret hash (a new one clears wrong tries)."""
    conn.execute(
        "INSERT INTO credential(operator_id, role, secret, failures, locked_until, set_at, "
        "set_by) VALUES (?, ?, ?, 0, '', ?, ?) ON CONFLICT(operator_id) DO UPDATE SET "
        "role = excluded.role, secret = excluded.secret, failures = 0, locked_until = '', "
        "set_at = excluded.set_at, set_by = excluded.set_by",
        (operator_id, str(role), secret, at, by),
    )


def set_role(conn: sqlite3.Connection, operator_id: int, role: StaffRole) -> None:
    conn.execute("UPDATE credential SET role = ? WHERE operator_id = ?", (str(role), operator_id))


def record_failure(conn: sqlite3.Connection, operator_id: int, locked_until: str) -> int:
    """Count a wrong try; ``locked_until`` ("" for none) is stored. Returns the count."""
    row = conn.execute(
        "UPDATE credential SET failures = failures + 1, locked_until = ? WHERE operator_id = ? "
        "RETURNING failures",
        (locked_until, operator_id),
    ).fetchone()
    return int(row[0]) if row else 0


def clear_failures(conn: sqlite3.Connection, operator_id: int) -> None:
    conn.execute(
        "UPDATE credential SET failures = 0, locked_until = '' WHERE operator_id = ? "
        "AND (failures != 0 OR locked_until != '')",
        (operator_id,),
    )


def remove(conn: sqlite3.Connection, operator_id: int) -> None:
    conn.execute("DELETE FROM credential WHERE operator_id = ?", (operator_id,))


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM credential") or 0)


__all__ = [
    "Credential",
    "clear_failures",
    "count",
    "credential_of",
    "credentials_of_office",
    "put",
    "record_failure",
    "remove",
    "set_role",
]
