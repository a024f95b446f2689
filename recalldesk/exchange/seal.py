"""The seal: a signature over every byte of a sync file, checked before anything parses it.

A packet or digest is a zip (an .xlsx). Its last bytes are the zip's
end-of-central-directory record, which may carry a comment; the seal is that
comment::

    RDSEAL/1 <key id: 16 hex> <HMAC-SHA256: 64 hex>

The HMAC covers the file's kind ("packet" or "digest") and every byte before
the comment (every part, the zip's directories, the comment's own length),
so nothing in the file can change without the key. A file from an office or
central that has its own signing key carries a second seal beside the first::

    RDSEAL/2 <key id: 16 hex> <HMAC: 64 hex> <signer: 16 hex> <Ed25519: 128 hex>

the signature (exchange.signing) over the same bytes: the HMAC says "of this
campaign", the signature "from this office", which the campaign key that
every office holds cannot forge. Excel drops zip comments
when it saves, so a workbook opened and saved elsewhere is no longer sealed:
it is refused as changed, which it is.

:func:`open_sealed` never lets a parser near the original file: it opens it
(only a regular file, never following a link, never blocking on a pipe),
copies it to a private temporary file while computing the HMAC, and hands
out that copy only if the seal matches, so what was checked is exactly what
is read.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import re
import shutil
import stat
import struct
import tempfile
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from recalldesk.core.messages import MessageError, msg
from recalldesk.exchange.signing import verify_signature
from recalldesk.exchange.transport import OLE_MAGIC, TransportError, decrypted_copy

SEAL_MAGIC = b"RDSEAL/1 "
_SEAL_PATTERN = re.compile(rb"RDSEAL/1 ([0-9a-f]{16}) ([0-9a-f]{64})")
SEAL_LENGTH = len(SEAL_MAGIC) + 16 + 1 + 64
SIGNED_MAGIC = b"RDSEAL/2 "
_SIGNED_PATTERN = re.compile(
    rb"RDSEAL/2 ([0-9a-f]{16}) ([0-9a-f]{64}) ([0-9a-f]{16}) ([0-9a-f]{128})"
)
SIGNED_LENGTH = len(SIGNED_MAGIC) + 16 + 1 + 64 + 1 + 16 + 1 + 128
_ZIP_MAGIC = b"PK\x03\x04"
_EOCD = b"PK\x05\x06"
_EOCD_LENGTH = 22  # the record without its comment
_TRAILER = _EOCD_LENGTH + SEAL_LENGTH
_CHUNK = 1 << 20
KINDS = ("packet", "digest")


class Unsealed(MessageError):
    """The file's seal is missing or does not match; ``message`` says which."""


@dataclass(slots=True, weakref_slot=True)
class SealedFile:
    """A private copy of a sealed file whose seal matched; :meth:`close` removes the copy.

    ``sha256`` is of the original file's bytes, as it travelled, encrypted or not
    (the ledger's identity of a packet); ``mac`` is the seal's HMAC, hex. A copy
    never closed is removed when the object is collected, so a cancelled merge
    leaves nothing behind.
    """

    copy: Path
    name: str
    key_id: str
    mac: str
    sha256: str
    size: int
    signer: str = ""  # the signing key's id (its fingerprint), "" for a campaign seal only
    _cleanup: weakref.finalize | None = None  # type: ignore[type-arg]

    def close(self) -> None:
        if self._cleanup is not None:
            self._cleanup()


def _remove(folder: str) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _mac(key: bytes, kind: str) -> hmac.HMAC:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of sync file: {kind}")
    return hmac.new(key, b"recalldesk seal 1\x00" + kind.encode() + b"\x00", hashlib.sha256)


@dataclass(frozen=True, slots=True)
class Signer:
    """An office's or central's own key, unlocked: its id and a function that signs."""

    key_id: str  # 16 hex: the public key's fingerprint (exchange.signing.key_id)
    sign: Callable[[bytes], bytes]  # message -> 64-byte Ed25519 signature


def signed_message(kind: str, digest: bytes) -> bytes:
    """What a signature covers: the kind of file and the SHA-256 of its sealed bytes."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of sync file: {kind}")
    return b"recalldesk signature 1\x00" + kind.encode() + b"\x00" + digest


def seal_handle(
    handle: BinaryIO, key: bytes, key_id: str, kind: str, signer: Signer | None = None
) -> None:
    """Seal a finished zip written to ``handle`` (open for reading and writing), and sign
    it with ``signer`` when given."""
    if not re.fullmatch("[0-9a-f]{16}", key_id):
        raise ValueError("a seal's key id is 16 lower-case hex digits")
    if signer is not None and not re.fullmatch("[0-9a-f]{16}", signer.key_id):
        raise ValueError("a signer's key id is 16 lower-case hex digits")
    handle.flush()
    end = handle.seek(0, os.SEEK_END)
    handle.seek(end - _EOCD_LENGTH)
    record = handle.read(_EOCD_LENGTH)
    if record[:4] != _EOCD or record[-2:] != b"\x00\x00":
        raise ValueError("not a zip without a comment: cannot seal it")
    handle.seek(end - 2)
    handle.write(struct.pack("<H", SEAL_LENGTH if signer is None else SIGNED_LENGTH))
    handle.flush()
    mac = _mac(key, kind)
    whole = hashlib.sha256()
    handle.seek(0)
    while chunk := handle.read(_CHUNK):
        mac.update(chunk)
        whole.update(chunk)
    handle.seek(0, os.SEEK_END)
    if signer is None:
        handle.write(SEAL_MAGIC + key_id.encode() + b" " + mac.hexdigest().encode())
    else:
        signature = signer.sign(signed_message(kind, whole.digest()))
        handle.write(
            SIGNED_MAGIC + key_id.encode() + b" " + mac.hexdigest().encode() + b" "
            + signer.key_id.encode() + b" " + signature.hex().encode()
        )  # fmt: skip
    handle.flush()


def reseal_file(
    path: Path, key: bytes, key_id: str, kind: str, signer: Signer | None = None
) -> None:
    """Seal ``path`` in place, replacing a seal it already has (for tests and tools)."""
    data = Path(path).read_bytes()
    for length, magic in ((SEAL_LENGTH, SEAL_MAGIC), (SIGNED_LENGTH, SIGNED_MAGIC)):
        if data[-(length + _EOCD_LENGTH) :][:4] == _EOCD and data[-length:].startswith(magic):
            data = data[:-length]
            data = data[:-2] + b"\x00\x00"
            break
    with open(path, "w+b") as handle:
        handle.write(data)
        seal_handle(handle, key, key_id, kind, signer)


def _open_regular(path: Path) -> int:
    """A descriptor for ``path`` if it is a regular file; never follows a link or blocks."""
    try:
        info = os.lstat(path)
    except FileNotFoundError as error:
        raise Unsealed(msg("file.missing")) from error
    except OSError as error:
        raise Unsealed(msg("file.cannot_read", detail=error.strerror or str(error))) from error
    if not stat.S_ISREG(info.st_mode):
        raise Unsealed(msg("file.not_regular", kind=_kind_of(info.st_mode)))
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise Unsealed(msg("file.not_regular", kind="link")) from error
        raise Unsealed(msg("file.cannot_read", detail=error.strerror or str(error))) from error
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between the two looks
        os.close(fd)
        raise Unsealed(msg("file.not_regular", kind="special"))
    return fd


def _kind_of(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "link"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    return "special"


@contextlib.contextmanager
def open_sealed(
    path: Path,
    kind: str,
    key_for: Callable[[str], bytes | None],
    *,
    max_bytes: int,
    on_other_key: Callable[[str], MessageError] | None = None,
    signer_for: Callable[[str], bytes | None] | None = None,
    transport: str | None = None,
) -> Iterator[SealedFile]:
    """:func:`check_seal` as a context manager: the copy is removed on leaving."""
    sealed = check_seal(
        path, kind, key_for, max_bytes=max_bytes, on_other_key=on_other_key,
        signer_for=signer_for, transport=transport,
    )  # fmt: skip
    try:
        yield sealed
    finally:
        sealed.close()


def check_seal(
    path: Path,
    kind: str,
    key_for: Callable[[str], bytes | None],
    *,
    max_bytes: int,
    on_other_key: Callable[[str], MessageError] | None = None,
    signer_for: Callable[[str], bytes | None] | None = None,
    transport: str | None = None,
) -> SealedFile:
    """Check ``path``'s seal and return a private copy of it (close it when done).

    ``key_for(key_id)`` gives the key that seals files of that id, or None
    (then ``on_other_key(key_id)`` is raised, or :class:`Unsealed`). A signed
    file's signature is checked with ``signer_for(signer id)``, the public key
    this database trusts under that id (None: refused as an unknown signer). A
    file encrypted on the way is decrypted with ``transport`` (the campaign key)
    into the private copy first (exchange.transport).
    Raises :class:`Unsealed` for anything else wrong, before any parsing.
    """
    path = Path(path)
    fd = _open_regular(path)
    folder = tempfile.mkdtemp(prefix="recalldesk-incoming-")
    copy = Path(folder) / "incoming.xlsx"
    try:
        with contextlib.ExitStack() as stack:
            source = stack.enter_context(os.fdopen(fd, "rb"))
            size = os.fstat(source.fileno()).st_size
            if size > max_bytes:
                raise Unsealed(msg("file.too_big", size=_size(size), limit=_size(max_bytes)))
            head = source.read(len(OLE_MAGIC))
            travelled: str | None = None  # the encrypted file's own SHA-256
            if head == OLE_MAGIC:  # encrypted on the way (exchange.transport): opened first
                # The file's identity is the file as it came: the merge's ledger finds a
                # packet merged before by these bytes without decrypting it again.
                try:
                    plain, travelled = decrypted_copy(source, transport, Path(folder))
                except TransportError as error:
                    raise Unsealed(error.message) from error
                source = stack.enter_context(open(plain, "rb"))
                size = os.fstat(source.fileno()).st_size
                if size > max_bytes:
                    raise Unsealed(msg("file.too_big", size=_size(size), limit=_size(max_bytes)))
                head = source.read(len(OLE_MAGIC))
            if head[:4] != _ZIP_MAGIC:
                raise Unsealed(msg("file.not_xlsx"))
            if size < _TRAILER + 4:
                raise Unsealed(msg("file.no_seal"))
            key_id, mac_hex, signer, signature = _read_seal(source, size)
            seal_length = SIGNED_LENGTH if signer else SEAL_LENGTH
            key = key_for(key_id)
            if key is None:
                raise (on_other_key(key_id) if on_other_key else Unsealed(msg("file.seal_key")))
            mac = _mac(key, kind)
            whole = hashlib.sha256()
            sealed_bytes = hashlib.sha256()
            source.seek(0)
            signed_left = size - seal_length
            fd_out = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd_out, "wb") as out:
                copied = 0
                while chunk := source.read(_CHUNK):
                    copied += len(chunk)
                    if copied > size:  # the file grew while we read it
                        raise Unsealed(msg("file.changed_while_read"))
                    whole.update(chunk)
                    if signed_left > 0:
                        mac.update(chunk[:signed_left])
                        sealed_bytes.update(chunk[:signed_left])
                        signed_left -= len(chunk)
                    out.write(chunk)
            if copied != size:
                raise Unsealed(msg("file.changed_while_read"))
        if not hmac.compare_digest(mac.hexdigest(), mac_hex):
            other = _sealed_as_other_kind(copy, key, kind, mac_hex, size - seal_length)
            if other is not None:
                raise Unsealed(msg("file.wrong_kind", found=other, expected=kind))
            raise Unsealed(msg("file.seal_mismatch", kind=kind))
        if signer:
            public = signer_for(signer) if signer_for is not None else None
            if public is None:
                raise Unsealed(msg("file.signer_unknown", signer=signer))
            message = signed_message(kind, sealed_bytes.digest())
            if not verify_signature(public, bytes.fromhex(signature), message):
                raise Unsealed(msg("file.signature_mismatch", signer=signer))
    except BaseException:
        _remove(folder)
        raise
    sealed = SealedFile(
        copy, path.name, key_id, mac_hex, travelled or whole.hexdigest(), size, signer
    )
    sealed._cleanup = weakref.finalize(sealed, _remove, folder)
    return sealed


def _sealed_as_other_kind(
    copy: Path, key: bytes, kind: str, mac_hex: str, sealed: int
) -> str | None:
    """The other kind this file's seal was made for, if any ("a digest, not a packet");
    ``sealed``: how many of its bytes the seal covers."""
    for other in KINDS:
        if other == kind:
            continue
        mac = _mac(key, other)
        with open(copy, "rb") as handle:
            left = sealed
            while left > 0 and (chunk := handle.read(min(_CHUNK, left))):
                mac.update(chunk)
                left -= len(chunk)
        if hmac.compare_digest(mac.hexdigest(), mac_hex):
            return other
    return None


def _read_seal(source: BinaryIO, size: int) -> tuple[str, str, str, str]:
    """(key id, HMAC, signer id, signature) from the file's last bytes: a signed seal
    when its record is there, else a campaign seal ("" for the signer and signature)."""
    if size >= _EOCD_LENGTH + SIGNED_LENGTH + 4:
        source.seek(size - _EOCD_LENGTH - SIGNED_LENGTH)
        trailer = source.read(_EOCD_LENGTH + SIGNED_LENGTH)
        (length,) = struct.unpack("<H", trailer[20:22])
        found = _SIGNED_PATTERN.fullmatch(trailer[_EOCD_LENGTH:])
        if trailer.startswith(_EOCD) and length == SIGNED_LENGTH and found is not None:
            return tuple(g.decode() for g in found.groups())  # type: ignore[return-value]
    source.seek(size - _TRAILER)
    key_id, mac_hex = _parse_trailer(source.read(_TRAILER))
    return key_id, mac_hex, "", ""


def _parse_trailer(trailer: bytes) -> tuple[str, str]:
    found = _SEAL_PATTERN.fullmatch(trailer[_EOCD_LENGTH:])
    (length,) = struct.unpack("<H", trailer[20:22])
    if not trailer.startswith(_EOCD) or length != SEAL_LENGTH or found is None:
        raise Unsealed(msg("file.no_seal"))
    return found.group(1).decode(), found.group(2).decode()


def _size(n: int) -> str:
    mib = 1 << 20
    return f"{n / mib:,.0f} MB" if n >= mib else f"{n / 1024:,.0f} KB"
