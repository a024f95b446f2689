"""Backups of the campaign database: taken with SQLite's backup API, kept in rotation, restored.

A backup is a complete, consistent copy taken while the database is open
(the backup API copies pages under a read transaction, WAL included). It is
written under a temporary name, synced and renamed, so a crash never leaves
half a backup under a real name. Names carry the time and the reason::

    backups/recalldesk-20220301T101500123456Z-before-merge.sqlite3

Rotating backups (before a merge, at a sync, daily) are pruned to the
number kept; backups taken before a schema upgrade and copies of a file
replaced by a restore are never pruned (they are evidence, not routine).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from recalldesk.store.connection import Database, open_database
from recalldesk.store.errors import CorruptError, StorageError, translate_errors
from recalldesk.store.migrations import check_identity

FOLDER = "backups"
ROTATING = ("before-merge", "before-sync", "daily", "before-restore")
KEPT_DEFAULT = 10
_NAME = re.compile(r"(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z-]+)\.sqlite3")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def folder_of(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def take(db: Database, reason: str) -> Path:
    """Copy the open database into the backups folder; returns the backup's path."""
    folder = folder_of(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db.path.stem}-{stamp}-{reason}.sqlite3"
    partial = target.with_name("." + target.name + ".part")
    with translate_errors(str(target)):
        dest = sqlite3.connect(partial)
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        try:
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    return target


def list_backups(db_path: Path) -> list[Backup]:
    """The backups beside ``db_path``, newest first."""
    folder = folder_of(db_path)
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        found = _NAME.fullmatch(path.name)
        if found is None or found["stem"] != Path(db_path).stem:
            continue
        taken = datetime.strptime(found["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        with contextlib.suppress(OSError):
            out.append(Backup(path, taken, found["reason"], path.stat().st_size))
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def prune(db_path: Path, keep: int) -> list[Path]:
    """Delete the oldest rotating backups beyond ``keep``; returns those deleted."""
    rotating = [b for b in list_backups(db_path) if b.reason in ROTATING]
    gone = []
    for backup in rotating[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            backup.path.unlink()
            gone.append(backup.path)
    return gone


def quick_check(db: Database) -> list[str]:
    """SQLite's quick check: ``[]`` when the file's structure is sound, else its complaints.

    It reads every page (O(N)) but skips the index-versus-table comparison that
    makes a full integrity check several times slower.
    """
    with translate_errors(str(db.path)):
        try:
            rows = db.conn.execute("PRAGMA quick_check(20)").fetchall()
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", 0) & 0xFF in (
                sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB,
            ):  # fmt: skip
                return [str(error)]
            raise
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound RecallDesk database (CorruptError, NotOursError…)."""
    try:
        db = open_database(path, readonly=True)
    except StorageError:
        raise
    try:
        check_identity(db.conn, str(path))
        problems = quick_check(db)
    finally:
        db.close()
    if problems:
        raise CorruptError(str(path), problems[0])


def replace_with(db_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the (closed) database at ``db_path``.

    The file being replaced is moved into the backups folder, never deleted,
    with its WAL files; returns where it went. The caller holds the folder
    lock and has closed every connection.
    """
    db_path = Path(db_path)
    folder = folder_of(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = folder / f"{db_path.stem}-{stamp}-replaced-by-restore.sqlite3"
    incoming = db_path.with_name("." + db_path.name + ".restoring")
    with translate_errors(str(db_path)):
        shutil.copyfile(backup, incoming)
        with open(incoming, "rb+") as handle:
            os.fsync(handle.fileno())
        if db_path.exists():
            os.replace(db_path, kept)
            for suffix in ("-wal", "-shm"):
                side = db_path.with_name(db_path.name + suffix)
                if side.exists():
                    os.replace(side, kept.with_name(kept.name + suffix))
        os.replace(incoming, db_path)
    return kept
