"""Packets and digests encrypted on the way: a lost USB stick reveals nothing.

A sync file is written, sealed and signed as before, then encrypted as Excel
encrypts a workbook it protects with a password (ECMA-376 "agile"
encryption, AES-256, by msoffcrypto-tool), the password being the campaign
key. Why this form: it needs no new secret (every office and central hold
the campaign key, the finder of a stick does not), and a coordinator can
still open any packet in Excel by typing the campaign key, which a format of
our own would not allow. The plain workbook is written in a private
temporary folder on this computer, never on the stick, and removed.

Reading: a file that starts as an encrypted Office file is decrypted into a
private temporary copy (its size bounded first), and the seal is then checked
on that copy, before anything else reads it. A plain (older) packet is still
read as it is.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from msoffcrypto.exceptions import InvalidKeyError
from msoffcrypto.format.ooxml import OOXMLFile

from recalldesk.core.messages import MessageError, msg
from recalldesk.exchange.atomic import atomic_write

OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")  # an encrypted Office file is an OLE container


class TransportError(MessageError):
    """The encrypted file could not be opened; ``message`` says why."""


@contextlib.contextmanager
def encrypted_write(path: Path, password: str | None) -> Iterator[BinaryIO]:
    """A handle for the plain workbook (readable: a seal reads it back); on success
    ``path`` holds it encrypted under ``password`` (plain when None), atomically."""
    if not password:
        with atomic_write(path) as handle:
            yield handle
        return
    folder = tempfile.mkdtemp(prefix="recalldesk-out-")
    plain = Path(folder) / "plain.xlsx"
    try:
        fd = os.open(plain, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w+b") as handle:
            yield handle
        with open(plain, "rb") as source, atomic_write(path) as out:
            OOXMLFile(source).encrypt(password, out)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def decrypt_into(source: BinaryIO, target: Path, password: str | None) -> None:
    """Decrypt the encrypted Office file ``source`` into ``target`` (a private path)."""
    if not password:
        raise TransportError(msg("file.transport_no_key"))
    try:
        found = OOXMLFile(source)
        found.load_key(password=password)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            found.decrypt(out)
    except InvalidKeyError as error:
        raise TransportError(msg("file.transport_key")) from error
    except MessageError:
        raise
    except Exception as error:  # a damaged or hostile container: refused, never a crash
        raise TransportError(msg("file.transport_damaged")) from error


# --- decrypted once per merge ----------------------------------------------------------
# A merge opens each packet twice: its manifest first (to skip, order and count), then
# the whole file a packet ahead of the parser. Decrypting is the costly part, so within
# :func:`keeping_decrypted` the first opening keeps its decrypted copy (private, 0600)
# for the second, by the file's identity on disk; a file replaced in between is another
# identity and is decrypted afresh. What is checked is always a copy of the decrypted
# bytes. Outside it, nothing is kept: the caller's private folder holds the copy.
_lock = threading.Lock()
_kept: dict[tuple[int, int, int, int], tuple[Path, str]] = {}
_folder: list[str] = []  # the kept copies' folder while keeping
_names = itertools.count()


def _identity(fd: int) -> tuple[int, int, int, int]:
    info = os.fstat(fd)
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


@contextlib.contextmanager
def keeping_decrypted() -> Iterator[None]:
    """Keep each file's decrypted copy for the next opening, until leaving (a merge)."""
    with _lock:
        _folder.append(tempfile.mkdtemp(prefix="recalldesk-decrypted-"))
    try:
        yield
    finally:
        with _lock:
            _kept.clear()
            while _folder:
                shutil.rmtree(_folder.pop(), ignore_errors=True)


def decrypted_copy(source: BinaryIO, password: str | None, folder: Path) -> tuple[Path, str]:
    """(a private decrypted copy of the encrypted ``source``, the file's own SHA-256): in
    ``folder``, or kept for the next opening within :func:`keeping_decrypted`."""
    key = _identity(source.fileno())
    with _lock:
        found = _kept.get(key) if _folder else None
        if found is not None and found[0].exists():
            return found
        target = Path(_folder[-1] if _folder else folder) / f"plain-{next(_names)}.xlsx"
    raw = hashlib.sha256()
    source.seek(0)
    while chunk := source.read(1 << 20):
        raw.update(chunk)
    source.seek(0)
    decrypt_into(source, target, password)
    kept = (target, raw.hexdigest())
    with _lock:
        if _folder and Path(_folder[-1]) == target.parent:
            _kept[key] = kept
    return kept


__all__ = [
    "OLE_MAGIC",
    "TransportError",
    "decrypt_into",
    "decrypted_copy",
    "encrypted_write",
    "keeping_decrypted",
]
