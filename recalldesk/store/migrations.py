"""Numbered schema upgrades on ``PRAGMA user_version``.

Each step runs in one transaction that also bumps ``user_version``, so a
failed upgrade leaves the file exactly as it was. An existing file is backed
up with SQLite's backup API before its first step runs. A file from a newer
RecallDesk is refused untouched (Anki's ``upgrades/mod.rs`` and qutebrowser's
``UserVersion`` do the same).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from recalldesk.store import (
    schema_v1,
    schema_v2,
    schema_v3,
    schema_v4,
    schema_v5,
    schema_v6,
    schema_v7,
    schema_v8,
    schema_v9,
    schema_v10,
    schema_v11,
    schema_v12,
    schema_v13,
    schema_v14,
    schema_v15,
)
from recalldesk.store.errors import NewerSchemaError, NotOursError

# "RCLD": marks a file as ours, so a stranger's SQLite file is never upgraded.
APPLICATION_ID = 0x52434C44


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str
    # A step SQL alone cannot say (it reads the schema first), run after ``sql`` in the
    # same transaction.
    run: Callable[[sqlite3.Connection], None] | None = None


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "foundation", schema_v1.SQL),
    Migration(2, "sync packets, merge and digests", schema_v2.SQL),
    Migration(3, "section close notes, circulator search", schema_v3.SQL),
    Migration(4, "duplicate signers: match keys, groups, the repeat of a decision", schema_v4.SQL),
    Migration(5, "duplicate signers: keys only, lines normalized afresh", schema_v5.SQL),
    Migration(6, "the campaign's own random samples", schema_v6.SQL),
    Migration(7, "the dashboard's figures kept per section", schema_v7.SQL),
    Migration(8, "the county voter file", schema_v8.SQL),
    Migration(9, "predicted verdicts from the voter file", schema_v9.SQL),
    Migration(
        10,
        "the voter table's status check, cheaper to store",
        schema_v10.SQL,
        schema_v10.rewrite_check,
    ),
    Migration(11, "the signing keys each database trusts", schema_v11.SQL),
    Migration(12, "the section serial ranges central issues", schema_v12.SQL),
    Migration(13, "operators sign in: roles and PIN hashes", schema_v13.SQL),
    Migration(14, "verification by blind re-keying", schema_v14.SQL),
    Migration(15, "the offices' verification figures at central", schema_v15.SQL),
)
LATEST_VERSION = MIGRATIONS[-1].version


def split_statements(script: str) -> Iterator[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip().strip(";").strip() and not buffer.strip().startswith("--"):
        raise ValueError(f"incomplete SQL statement in migration: {buffer[:80]!r}")


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_identity(conn: sqlite3.Connection, path: str) -> None:
    """Refuse SQLite files that are not RecallDesk databases or are too new."""
    version = schema_version(conn)
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    has_tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
    if app_id != APPLICATION_ID and (version != 0 or has_tables):
        raise NotOursError(path)
    if version > LATEST_VERSION:
        raise NewerSchemaError(path, version=version, latest=LATEST_VERSION)


def backup(conn: sqlite3.Connection, path: Path, backup_dir: Path, version: int) -> Path:
    """Copy the live database with the backup API (safe with WAL and open readers)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{path.stem}-schema{version}-{stamp}.sqlite3"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(conn: sqlite3.Connection, path: Path, backup_dir: Path) -> Path | None:
    """Bring the database to :data:`LATEST_VERSION`; return the backup taken, if any."""
    check_identity(conn, str(path))
    current = schema_version(conn)
    if current == LATEST_VERSION:
        return None
    taken = backup(conn, path, backup_dir, current) if current > 0 else None
    for step in MIGRATIONS:
        if step.version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in split_statements(step.sql):
                conn.execute(statement)
            if step.run is not None:
                step.run(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {step.version}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return taken
