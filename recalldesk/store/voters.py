"""The county voter file's rows and provenance (what core.voter_file reads, stored)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from recalldesk.store.connection import Database

_COLUMNS = (
    "voter_id, first, middle, last, surname, suffix, number, street, street_core, unit, "
    "zip5, city, status, registered_on, ka, kn"
)
# A row to store: the voter id, the 11 normalized fields of its MatchRecord (after
# ``ref``), status, registration date (ISO) and its two keys (core.matching.voter_keys).
VoterTuple = tuple[str, str, str, str, str, str, str, str, str, str, str, str, str,
                   str | None, int, int]  # fmt: skip


def replace_voters(conn: sqlite3.Connection, rows: Iterable[VoterTuple]) -> int:
    """Put ``rows`` in place of every voter (in the caller's transaction, so a file
    replaces the last one only when wholly read). Every line's predicted verdict
    goes with the old file: the next match takes every line afresh.

    The key indexes are dropped for the load and built after it, on SQLite's
    worker threads: a county's millions of rows load several times faster.
    """
    conn.execute("DELETE FROM voter_match")
    conn.execute("DROP INDEX IF EXISTS voter_ka")
    conn.execute("DROP INDEX IF EXISTS voter_kn")
    # Dropped and made again from its own definition (the migrations' one, as stored):
    # deleting a county's millions of rows one by one took SQLite ten seconds.
    (ddl,) = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'voter'"
    ).fetchone()
    conn.execute("DROP TABLE voter")
    conn.execute(ddl)
    before = conn.total_changes
    conn.executemany(f"INSERT INTO voter({_COLUMNS}) VALUES ({', '.join('?' * 16)})", rows)
    count = conn.total_changes - before
    # Sorted on two threads, the file mapped: 8-10 s for a county's two indexes where
    # SQLite's defaults took 11-15 s (measured, 5.7 million voters).
    threads = conn.execute("PRAGMA threads").fetchone()[0]
    mapped = conn.execute("PRAGMA mmap_size").fetchone()[0]
    conn.execute("PRAGMA threads = 2")
    conn.execute(f"PRAGMA mmap_size = {1 << 31}")
    try:
        conn.execute("CREATE INDEX voter_ka ON voter(ka)")
        conn.execute("CREATE INDEX voter_kn ON voter(kn)")
    finally:
        conn.execute(f"PRAGMA threads = {int(threads)}")
        conn.execute(f"PRAGMA mmap_size = {int(mapped)}")
    return count


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


OFFICE_COPY = "voter_file_office_copy"  # meta: "on" lets a field office hold the file


def office_copy(db: Database) -> bool:
    return bool(db.scalar("SELECT value = 'on' FROM meta WHERE key = ?", (OFFICE_COPY,)))


def purge(conn: sqlite3.Connection) -> tuple[int, int]:
    """Remove every voter and every predicted verdict, overwriting their bytes
    (``secure_delete``); the files' provenance stays. Returns (voters, verdicts) removed."""
    voters = int(conn.execute("SELECT count(*) FROM voter").fetchone()[0])
    verdicts = int(conn.execute("SELECT count(*) FROM voter_match").fetchone()[0])
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("DELETE FROM voter_match")
    conn.execute("DELETE FROM voter")
    conn.execute("UPDATE voter_file SET current = 0")
    return voters, verdicts


def after_purge(db: Database) -> None:
    """Out of the transaction: fold the WAL back and shrink the file, so the removed
    pages are neither in the WAL nor left free in the file."""
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.execute("VACUUM")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def purge_copy(path: Path) -> int:
    """Remove the voter file and its verdicts from another copy of the database (a
    backup), overwriting them and shrinking the file; returns the voters removed (0 when
    the copy holds none, or is not a database of ours that has them)."""
    conn = sqlite3.connect(path)
    try:
        has = conn.execute(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'voter'"
        ).fetchone()[0]
        if not has:
            return 0
        removed = int(conn.execute("SELECT count(*) FROM voter").fetchone()[0])
        if removed:
            conn.execute("PRAGMA secure_delete = ON")
            with conn:
                conn.execute("DELETE FROM voter_match")
                conn.execute("DELETE FROM voter")
            conn.execute("VACUUM")
        return removed
    finally:
        conn.close()
