"""The serial ranges central issued (schema v12)."""

from __future__ import annotations

import sqlite3

from recalldesk.core.serials import SerialRange
from recalldesk.store.connection import Database


def ranges_of(conn: sqlite3.Connection) -> list[SerialRange]:
    rows = conn.execute(
        "SELECT office_code, prefix, first, last FROM serial_range ORDER BY office_code, "
        "prefix, first"
    ).fetchall()
    return [SerialRange(str(o), str(p), int(a), int(b)) for o, p, a, b in rows]


def all_ranges(db: Database) -> list[SerialRange]:
    return ranges_of(db.conn)


def add_range(conn: sqlite3.Connection, found: SerialRange, at: str, by: str) -> None:
    conn.execute(
        "INSERT INTO serial_range(office_code, prefix, first, last, issued_at, issued_by) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (found.office_code, found.prefix, found.first, found.last, at, by),
    )


__all__ = ["add_range", "all_ranges", "ranges_of"]
