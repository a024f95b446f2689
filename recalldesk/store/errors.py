"""Storage errors, sorted into the user's environment versus our bugs.

The environment's faults (disk full, read-only folder, file locked by another
program, a damaged file, a file from a newer RecallDesk) become a
:class:`StorageError` carrying a message code, and change nothing; anything
else is a bug and is raised as it is (qutebrowser's ``misc/sql.py`` does the
same). The words, and the advice on what to do, are
``recalldesk.wording.storage``'s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from recalldesk.core.messages import Message, MessageError


class StorageError(MessageError):
    """A problem with the database file that the user can act on."""

    kind = "storage.failed"

    def __init__(self, path: str = "", detail: str = "", **params: Any) -> None:
        super().__init__(Message(self.kind, {"path": path, "detail": detail, **params}))
        self.path = path
        self.detail = detail


class DiskFullError(StorageError):
    kind = "storage.disk_full"


class DiskIOError(StorageError):
    kind = "storage.io_error"


class ReadOnlyError(StorageError):
    kind = "storage.read_only"


class LockedError(StorageError):
    kind = "storage.locked"


class CorruptError(StorageError):
    kind = "storage.corrupt"


class NotOursError(StorageError):
    """An SQLite file, but not a RecallDesk database."""

    kind = "storage.not_ours"


class NewerSchemaError(StorageError):
    kind = "storage.newer_schema"


class MissingError(StorageError):
    kind = "storage.missing"


class FolderInUseError(StorageError):
    """Another copy of RecallDesk holds the data folder."""

    kind = "storage.folder_in_use"


_CODES: dict[int, type[StorageError]] = {
    sqlite3.SQLITE_FULL: DiskFullError,
    sqlite3.SQLITE_READONLY: ReadOnlyError,
    sqlite3.SQLITE_PERM: ReadOnlyError,
    sqlite3.SQLITE_CANTOPEN: ReadOnlyError,
    sqlite3.SQLITE_BUSY: LockedError,
    sqlite3.SQLITE_LOCKED: LockedError,
    sqlite3.SQLITE_CORRUPT: CorruptError,
    sqlite3.SQLITE_NOTADB: CorruptError,
    sqlite3.SQLITE_IOERR: DiskIOError,
}


def classify(error: sqlite3.Error, path: str = "") -> StorageError | None:
    """The environment error ``error`` stands for, or None if it is our bug."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    kind = _CODES.get(code & 0xFF)
    if kind is None:
        return None
    return kind(path, str(error))


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
