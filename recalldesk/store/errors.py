"""Storage errors, sorted into the user's environment versus our bugs.

The environment's faults (disk full, read-only folder, file locked by another
program, a damaged file, a file from a newer RecallDesk) get a plain message
and change nothing; anything else is a bug and is reported as one
(qutebrowser's ``misc/sql.py`` does the same).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class StorageError(Exception):
    """A problem with the database file that the user can act on."""

    title = "The database could not be used"

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class DiskFullError(StorageError):
    title = "The disk is full"


class ReadOnlyError(StorageError):
    title = "The database cannot be written"


class LockedError(StorageError):
    title = "The database is busy"


class CorruptError(StorageError):
    title = "The database file is damaged"


class NewerSchemaError(StorageError):
    title = "The database is from a newer RecallDesk"


_ADVICE = {
    DiskFullError: "Free some disk space and try again. Nothing was saved by this action; "
    "everything saved before it is safe.",
    ReadOnlyError: "The file or its folder is read-only (or on a locked USB stick). "
    "Move it to a writable folder.",
    LockedError: "Another program (or another copy of RecallDesk) is using the file. "
    "Close it and try again.",
    CorruptError: "Restore the latest backup from the backups folder next to it.",
}

_CODES: dict[int, type[StorageError]] = {
    sqlite3.SQLITE_FULL: DiskFullError,
    sqlite3.SQLITE_READONLY: ReadOnlyError,
    sqlite3.SQLITE_PERM: ReadOnlyError,
    sqlite3.SQLITE_CANTOPEN: ReadOnlyError,
    sqlite3.SQLITE_BUSY: LockedError,
    sqlite3.SQLITE_LOCKED: LockedError,
    sqlite3.SQLITE_CORRUPT: CorruptError,
    sqlite3.SQLITE_NOTADB: CorruptError,
    sqlite3.SQLITE_IOERR: DiskFullError,
}


def classify(error: sqlite3.Error, path: str = "") -> StorageError | None:
    """The environment error ``error`` stands for, or None if it is our bug."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    kind = _CODES.get(code & 0xFF)
    if kind is None:
        return None
    if kind is DiskFullError and (code & 0xFF) == sqlite3.SQLITE_IOERR:
        message = f"The disk reported an error while writing ({error}). "
    else:
        message = f"{error}. ".capitalize()
    return kind(message + _ADVICE[kind], path)


@contextmanager
def translate_errors(path: str = "") -> Iterator[None]:
    """Re-raise environment faults as :class:`StorageError`, leave bugs alone."""
    try:
        yield
    except sqlite3.Error as error:
        mapped = classify(error, path)
        if mapped is None:
            raise
        raise mapped from error
