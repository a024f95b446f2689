"""One RecallDesk at a time on a data folder.

Two copies of the app on one database would each keep their own idea of the
open section, the undo history and the next line, and overwrite each
other's lines. The app holds an exclusive lock on ``recalldesk.lock`` in the
data folder for as long as it runs; the CLI's writing commands hold it for
their run. The lock is the operating system's (``flock`` on POSIX,
``LockFileEx`` through ``msvcrt`` on Windows), so it vanishes with the
process: a crash never leaves the folder locked.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from recalldesk.store.errors import FolderInUseError

LOCK_NAME = "recalldesk.lock"


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FolderLock:
    """Held while a copy of RecallDesk writes to a data folder."""

    def __init__(self, handle: IO[str], path: Path) -> None:
        self._handle: IO[str] | None = handle
        self.path = path

    @classmethod
    def acquire(cls, folder: Path, holder: str) -> FolderLock:
        """Lock ``folder`` for ``holder`` ("app" or "cli"); raises FolderInUseError if held."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOCK_NAME
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        if not _try_lock(handle):
            try:
                handle.seek(0)
                text = handle.read()
            except OSError:  # Windows refuses to read a locked range
                text = ""
            handle.close()
            who = _read_holder(text)
            raise FolderInUseError(str(folder), "", **who)
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps(
                {
                    "holder": holder,
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "since": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        )
        handle.flush()
        return cls(handle, path)

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file releases the lock
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


def _read_holder(text: str) -> dict[str, object]:
    try:
        data = json.loads(text)
    except ValueError:
        return {"holder": "", "pid": 0, "since": ""}
    if not isinstance(data, dict):
        return {"holder": "", "pid": 0, "since": ""}
    return {
        "holder": str(data.get("holder", "")),
        "pid": int(data.get("pid", 0)) if str(data.get("pid", "")).isdigit() else 0,
        "since": str(data.get("since", "")),
    }
