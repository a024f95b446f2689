"""Backups and restores, and the integrity check before work that trusts the whole master.

Backups are taken automatically: at central before each merge, at an office
before each sync, and once a day wherever the database is opened for work;
:func:`backups_kept` says how many rotating ones stay (a setting). A restore
puts a backup in place of the database and keeps the replaced file in the
backups folder, so nothing is ever lost by restoring the wrong one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from recalldesk.core.records import Actor
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import backups as store
from recalldesk.store import campaign as campaign_store
from recalldesk.store import credentials
from recalldesk.store.backups import Backup
from recalldesk.store.connection import Database, open_database
from recalldesk.store.errors import CorruptError, StorageError
from recalldesk.store.folder_lock import FolderLock

__all__ = [
    "Backup", "Restored", "backups_kept", "backups_of", "check_master", "folder_of",
    "list_backups", "restore_backup", "restore_closed", "set_backups_kept", "take_backup",
    "take_daily_if_due",
]  # fmt: skip

KEPT_KEY = "backups_kept"
# Set by a restore at an office: its packet numbers went back with the file, so the
# next sync restarts them (as "Sync everything again after a restore" does by hand).
RESTART_PENDING = "restart_numbering_pending"
RESTORE_ACTOR = "(restore)"  # who the audit names for the sign-ins a restore keeps
KEPT_RANGE = (1, 100)
DAILY = timedelta(days=1)


def folder_of(db_path: Path) -> Path:
    """Where the backups of the database at ``db_path`` are kept."""
    return store.folder_of(db_path)


def backups_kept(ws: Workspace) -> int:
    """How many rotating backups are kept (the setting; 10 unless changed)."""
    value = ws.db.meta(KEPT_KEY, str(store.KEPT_DEFAULT))
    return int(value) if value.isdigit() else store.KEPT_DEFAULT


def set_backups_kept(ws: Workspace, actor: Actor, kept: int) -> Done[int]:
    ws.check(actor, Permission.SETTINGS)
    low, high = KEPT_RANGE
    if not low <= kept <= high:
        raise refuse("backup.kept_range", low=low, high=high)
    campaign_store.set_meta(ws.db, KEPT_KEY, str(kept))
    store.prune(ws.path, kept)
    return Done(kept)


def list_backups(ws: Workspace) -> list[Backup]:
    """This database's backups, newest first."""
    return store.list_backups(ws.path)


def take_backup(ws: Workspace, reason: str) -> Path:
    """Take a backup now and prune the rotation; returns its path."""
    path = store.take(ws.db, reason)
    store.prune(ws.path, backups_kept(ws))
    return path


def backup_now(ws: Workspace, actor: Actor) -> Done[Path]:
    """A backup taken by hand (a lead's: each one is a full copy of the signers)."""
    ws.check(actor, Permission.SETTINGS)
    return Done(take_backup(ws, "by-hand"))


def take_daily_if_due(ws: Workspace, now: datetime | None = None) -> Path | None:
    """The daily backup, if none was taken in the last day (of any reason).

    Runs on its own read-only connection (call it on a worker thread): the file
    is checked first, so a damaged file never pushes a good backup out of the
    rotation; a damaged one raises CorruptError, naming the way back.
    """
    now = now or datetime.now(UTC)
    latest = next(iter(list_backups(ws)), None)
    if latest is not None and now - latest.taken_at < DAILY:
        return None
    reader = ws.reader()
    try:
        check_master(reader)
        return take_backup(reader, "daily")
    finally:
        reader.close()


def check_master(ws: Workspace) -> None:
    """Refuse to go on with a damaged database: SQLite's quick check, every page read.

    Called before a merge, an export, a report or a digest, which would
    otherwise build on (and spread) whatever damage the file has.
    """
    problems = store.quick_check(ws.db)
    if problems:
        raise CorruptError(str(ws.path), problems[0][:200])


@dataclass(frozen=True, slots=True)
class Restored:
    backup: Path
    replaced_kept_at: Path


def backups_of(db_path: Path) -> list[Backup]:
    """The backups of the database at ``db_path``, newest first (no need to open it)."""
    return store.list_backups(db_path)


def restore_closed(db_path: Path, backup: Path, holder: str = "cli") -> Restored:
    """Restore when the database cannot be opened (or is not open): takes the folder lock.

    The backup is checked as in :func:`restore_backup`; when the current file
    still opens, the backup must be of the same office and role.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise refuse("backup.not_found", path=str(backup))
    lock = FolderLock.acquire(Path(db_path).parent, holder)
    try:
        store.check_backup(backup)
        theirs = _identity_of(backup)
        try:
            ours = _identity_of(Path(db_path)) if Path(db_path).exists() else None
        except StorageError:
            ours = None  # damaged beyond opening: the backup is what is left
        if ours is not None and ours != theirs:
            raise refuse("backup.other_database", office=theirs[0] or "?", ours=ours[0])
        sign_ins = _sign_ins_of(Path(db_path)) if ours is not None else None
        kept = store.replace_with(Path(db_path), backup)
        db = open_database(Path(db_path))
        try:
            if sign_ins is not None:
                _keep_sign_ins(db, sign_ins)
            if theirs[1] != "central":
                campaign_store.set_meta(db, RESTART_PENDING, "1")
        finally:
            db.close()
    finally:
        lock.release()
    return Restored(backup, kept)


def _sign_ins_of(path: Path) -> list[credentials.Carried] | None:
    db = open_database(path)  # upgraded first if older: its sign-ins are in today's schema
    try:
        return credentials.carried(db)
    finally:
        db.close()


def _keep_sign_ins(db: Database, kept: list[credentials.Carried]) -> None:
    """After a restore, today's PINs and roles stand, not the backup's (ops.sign_in)."""
    actor = Actor(RESTORE_ACTOR, db.meta("office_code"), db.meta("device_id"))
    credentials.carry_into(db, actor, kept)


def _identity_of(path: Path) -> tuple[str, str]:
    db = open_database(path, readonly=True)
    try:
        return db.meta("office_code"), db.meta("role") or "office"
    finally:
        db.close()


def check_may_restore(db_path: Path, sign_in: Callable[[Workspace], Actor]) -> None:
    """Refuse a restore unless whoever ``sign_in`` signs in may change settings here.

    A database that no longer opens cannot be signed in to: then whoever holds the
    computer may restore it (that is when a restore is needed; the app offers it).
    """
    try:
        ws = Workspace.open(db_path)  # signing in writes (wrong tries, who signed in last)
    except StorageError:
        return
    try:
        ws.check(sign_in(ws), Permission.SETTINGS)
    finally:
        ws.close()


def restore_backup(ws: Workspace, actor: Actor, backup: Path) -> Done[Restored]:
    """Put ``backup`` in place of this database; the replaced file is kept beside the backups.

    Refuses a backup that is damaged, not a RecallDesk database, or another
    office's (a central backup for an office, or the other way round).
    """
    ws.check(actor, Permission.SETTINGS)
    backup = Path(backup)
    if not backup.is_file():
        raise refuse("backup.not_found", path=str(backup))
    store.check_backup(backup)
    office, role = _identity_of(backup)
    if (office, role) != (ws.office_code, str(ws.role)):
        raise refuse("backup.other_database", office=office or "?", ours=ws.office_code)
    sign_ins = credentials.carried(ws.db)
    kept = ws.swap_database(lambda path: store.replace_with(path, backup))
    _keep_sign_ins(ws.db, sign_ins)
    if not ws.is_central:
        campaign_store.set_meta(ws.db, RESTART_PENDING, "1")
    changes = Changes(section_list=True, figures=True, conflicts=True)
    return Done(Restored(backup, kept), changes)
