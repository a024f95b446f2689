"""Who may sign in at this computer, as what, and their PIN's hash (schema v13)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from recalldesk.core.records import Actor, StaffRole
from recalldesk.store import writes
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
_C_COLUMNS = ", ".join("c." + c for c in _COLUMNS.split(", "))  # joined with operator


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
        f"SELECT {_C_COLUMNS} FROM credential c "
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


@dataclass(frozen=True, slots=True)
class Carried:
    """A credential with what names its operator in another copy of the database."""

    operator_uuid: str
    name: str
    initials: str
    office_code: str
    credential: Credential


def carried(db: Database) -> list[Carried]:
    """Every credential here, to put back after a restore (:func:`carry_into`)."""
    rows = db.query(
        f"SELECT o.uuid, o.name, o.initials, f.code, {_C_COLUMNS} "
        "FROM credential c JOIN operator o ON o.id = c.operator_id "
        "JOIN office f ON f.id = o.office_id"
    )
    return [Carried(str(r[0]), str(r[1]), str(r[2]), str(r[3]), _credential(tuple(r)[4:]))
            for r in rows]  # fmt: skip


def carry_into(db: Database, actor: Actor, kept: list[Carried]) -> None:
    """Make this database's sign-ins exactly ``kept`` (today's, after a restore).

    A backup holds the PINs and roles of its day: a volunteer since removed, a
    lead since demoted, or (before schema v13) nobody, which would let anyone
    name themself lead. An operator added since the backup is added back.
    """
    with db.transaction() as conn:
        conn.execute("DELETE FROM credential")
        for item in kept:
            row = conn.execute(
                "SELECT id FROM operator WHERE uuid = ?", (item.operator_uuid,)
            ).fetchone()
            if row is None:
                office = conn.execute(
                    "SELECT id FROM office WHERE code = ? AND deleted = 0", (item.office_code,)
                ).fetchone()
                if office is None:
                    continue
                values = {"office_id": office[0], "name": item.name, "initials": item.initials,
                          "uuid": item.operator_uuid}  # fmt: skip
                operator_id, _ = writes.insert(conn, actor, "operator", values)
            else:
                operator_id = int(row[0])
            c = item.credential
            conn.execute(
                f"INSERT INTO credential({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (operator_id, str(c.role), c.secret, c.failures, c.locked_until, c.set_at,
                 c.set_by),
            )  # fmt: skip


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM credential") or 0)


__all__ = [
    "Carried",
    "Credential",
    "carried",
    "carry_into",
    "clear_failures",
    "count",
    "credential_of",
    "credentials_of_office",
    "put",
    "record_failure",
    "remove",
    "set_role",
]
