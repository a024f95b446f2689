"""The three ways a record changes: insert, update, tombstone.

Every repository goes through these so each change gets the same sync
bookkeeping (uuid, origin, version, timestamps, change sequence) and its
audit entry, in the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from recalldesk.core.messages import Message
from recalldesk.core.records import Actor
from recalldesk.store import audit

TABLES = frozenset({"campaign", "office", "operator", "circulator", "section", "signature_line"})


def _table(name: str) -> str:
    if name not in TABLES:  # table names cannot be bound parameters
        raise ValueError(f"not a record table: {name}")
    return name


def insert(
    conn: sqlite3.Connection,
    actor: Actor,
    table: str,
    values: dict[str, Any],
    *,
    reason: Message | None = None,
) -> tuple[int, str]:
    """Insert a new record; returns its (row id, uuid)."""
    now = audit.now_iso()
    row = dict(values)
    row.setdefault("uuid", audit.new_uuid())
    row.update(
        origin_office=actor.office_code,
        origin_device=actor.device_id,
        version=1,
        created_at=now,
        updated_at=now,
        deleted=0,
        change_seq=audit.next_change_seq(conn),
    )
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cursor = conn.execute(
        f"INSERT INTO {_table(table)} ({cols}) VALUES ({marks})", tuple(row.values())
    )
    audit.record(conn, actor, "insert", table, row["uuid"], values, reason, at=now)
    return int(cursor.lastrowid or 0), str(row["uuid"])


def update(
    conn: sqlite3.Connection,
    actor: Actor,
    table: str,
    row_id: int,
    values: dict[str, Any],
    *,
    reason: Message | None = None,
) -> dict[str, list[Any]]:
    """Change fields of a record; returns ``{field: [old, new]}`` (empty: nothing changed)."""
    cols = ", ".join(values)
    old = conn.execute(
        f"SELECT uuid, deleted, {cols} FROM {_table(table)} WHERE id = ?", (row_id,)
    ).fetchone()
    if old is None:
        raise KeyError(f"{table} {row_id} does not exist")
    if old["deleted"]:
        raise KeyError(f"{table} {row_id} was deleted")
    changes = audit.diff({k: old[k] for k in values}, values)
    if not changes:
        return {}
    now = audit.now_iso()
    sets = ", ".join(f"{k} = ?" for k in changes)
    conn.execute(
        f"UPDATE {table} SET {sets}, version = version + 1, updated_at = ?, change_seq = ? "
        "WHERE id = ?",
        (*(v[1] for v in changes.values()), now, audit.next_change_seq(conn), row_id),
    )
    audit.record(conn, actor, "update", table, old["uuid"], changes, reason, at=now)
    return changes


def tombstone(
    conn: sqlite3.Connection,
    actor: Actor,
    table: str,
    row_id: int,
    *,
    reason: Message | None = None,
) -> None:
    """Mark a record deleted; the row stays so merges can tell deleted from unseen."""
    row = conn.execute(
        f"SELECT uuid, deleted FROM {_table(table)} WHERE id = ?", (row_id,)
    ).fetchone()
    if row is None:
        raise KeyError(f"{table} {row_id} does not exist")
    if row["deleted"]:
        return
    now = audit.now_iso()
    conn.execute(
        f"UPDATE {table} SET deleted = 1, version = version + 1, updated_at = ?, "
        "change_seq = ? WHERE id = ?",
        (now, audit.next_change_seq(conn), row_id),
    )
    audit.record(conn, actor, "delete", table, row["uuid"], {}, reason, at=now)


def restore(
    conn: sqlite3.Connection,
    actor: Actor,
    table: str,
    row_id: int,
    *,
    reason: Message | None = None,
) -> None:
    """Undo a tombstone (a new version, audited like any change)."""
    row = conn.execute(f"SELECT uuid FROM {_table(table)} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        raise KeyError(f"{table} {row_id} does not exist")
    now = audit.now_iso()
    conn.execute(
        f"UPDATE {table} SET deleted = 0, version = version + 1, updated_at = ?, "
        "change_seq = ? WHERE id = ?",
        (now, audit.next_change_seq(conn), row_id),
    )
    audit.record(conn, actor, "update", table, row["uuid"], {"deleted": [1, 0]}, reason, at=now)
