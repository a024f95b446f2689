"""Write a file so a crash never leaves half of it under the real name.

The bytes go to a temporary name in the same folder (same file system, so
the rename is atomic), are fsynced, then renamed over the target.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from recalldesk.core.messages import Message, MessageError, msg


class WriteFailed(MessageError):
    """The file could not be written; nothing under the real name changed."""


def _explain(path: Path, error: OSError) -> Message:
    if error.errno == errno.ENOSPC:
        return msg("write.disk_full", path=str(path))
    if error.errno in (errno.EACCES, errno.EPERM):
        return msg("write.not_allowed", path=str(path))
    if error.errno == errno.ENOENT:
        return msg("write.no_folder", folder=str(path.parent))
    return msg("write.failed", path=str(path), detail=error.strerror or str(error))


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``path`` atomically."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(tmp, "w+b") as handle:  # readable too: a seal reads the file back
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WriteFailed(_explain(path, error)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
