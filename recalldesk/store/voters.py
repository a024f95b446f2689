"""The county voter file's rows and provenance (what core.voter_file reads, stored)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from recalldesk.core.matching.record import MatchRecord
from recalldesk.store.connection import Database

_COLUMNS = (
    "voter_id, first, middle, last, surname, suffix, number, street, street_core, unit, "
    "zip5, city, status, registered_on"
)


def replace_voters(
    conn: sqlite3.Connection, rows: Iterable[tuple[str, MatchRecord, str, str | None]]
) -> int:
    """Put (voter id, record, status, registered on) rows in place of every voter (in the
    caller's transaction, so a file replaces the last one only when wholly read)."""
    conn.execute("DELETE FROM voter")
    before = conn.total_changes
    conn.executemany(
        f"INSERT INTO voter({_COLUMNS}) VALUES ({', '.join('?' * 14)})",
        ((vid, *r[1:], status, on) for vid, r, status, on in rows),
    )
    return conn.total_changes - before


@dataclass(frozen=True, slots=True)
class VoterFile:
    id: int
    file_name: str
    size: int
    sha256: str
    received_on: str
    imported_at: str
    imported_by: str
    row_count: int
    refused_rows: int
    mapping: str
    current: bool


def add_file(conn: sqlite3.Connection, entry: VoterFile) -> int:
    """Record a file's provenance and make it the current one."""
    conn.execute("UPDATE voter_file SET current = 0")
    cursor = conn.execute(
        "INSERT INTO voter_file(file_name, size, sha256, received_on, imported_at, "
        "imported_by, row_count, refused_rows, mapping, current) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (entry.file_name, entry.size, entry.sha256, entry.received_on, entry.imported_at,
         entry.imported_by, entry.row_count, entry.refused_rows, entry.mapping),
    )  # fmt: skip
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def files(db: Database) -> list[VoterFile]:
    """Every file imported, the latest first."""
    rows = db.query(
        "SELECT id, file_name, size, sha256, received_on, imported_at, imported_by, "
        "row_count, refused_rows, mapping, current = 1 FROM voter_file ORDER BY id DESC"
    )
    return [VoterFile(*r) for r in rows]


def count_by_status(db: Database) -> dict[str, int]:
    return {r[0]: r[1] for r in db.query("SELECT status, count(*) FROM voter GROUP BY 1")}
