"""Each office's and central's own signing key: Ed25519, sealed at rest under a password.

The campaign key every office holds proves only "of this campaign"; anyone
holding it could write a packet in another office's name. Each database
therefore makes its own key pair (Ed25519, from the ``cryptography``
package). The public half travels in an enrollment file and is trusted only
after both sides compare its fingerprint by phone or in person; the private
half never leaves the database and is kept sealed: AES-256-GCM under a key
derived from a lead's or coordinator's password with scrypt (memory-hard,
so a stolen laptop's database cannot be tried at speed).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from recalldesk.core.messages import MessageError, msg

# scrypt's cost: 2^15 x 8 x 128 bytes = 32 MB and about 0.1 s per try on this machine.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
MIN_PASSWORD = 10  # characters
ENROLL_SUFFIX = ".recalldesk-key"
ENROLL_FORMAT = "recalldesk-key/1"
MAX_ENROLL_BYTES = 4096
_HEX64 = re.compile("[0-9a-f]{64}")


def key_id(public: bytes) -> str:
    """The public key's id: the first 16 hex digits of its SHA-256 (what a seal names)."""
    return hashlib.sha256(b"recalldesk key 1\x00" + public).hexdigest()[:16]


def fingerprint(public: bytes) -> str:
    """What two people read to each other: the id in four groups ("1a2b-3c4d-...")."""
    ident = key_id(public)
    return "-".join(ident[i : i + 4] for i in range(0, 16, 4))


def same_fingerprint(typed: str, public: bytes) -> bool:
    """Whether ``typed`` (as read over the phone: any case, spaces or dashes) is the key's."""
    cleaned = re.sub(r"[\s-]", "", typed).lower()
    return cleaned == key_id(public)


@dataclass(frozen=True, slots=True)
class NewKey:
    public: bytes  # 32 bytes
    sealed: str  # the private key, sealed under the password (JSON)


def make_key(password: str) -> NewKey:
    """A new key pair, its private half sealed under ``password``."""
    check_password(password)
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return NewKey(public, seal_private(raw, public, password))


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise MessageError(msg("keys.password_too_short", minimum=MIN_PASSWORD))


def _derive(password: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(password.encode("utf-8"))


def seal_private(raw: bytes, public: bytes, password: str) -> str:
    salt, nonce = os.urandom(16), os.urandom(12)
    box = AESGCM(_derive(password, salt)).encrypt(nonce, raw, public)
    return json.dumps({
        "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
        "salt": salt.hex(), "nonce": nonce.hex(), "sealed": box.hex(), "public": public.hex(),
    }, sort_keys=True)  # fmt: skip


def open_private(sealed: str, password: str) -> Ed25519PrivateKey:
    """The private key sealed under ``password``; a wrong password is refused by name."""
    try:
        found = json.loads(sealed)
        salt, nonce = bytes.fromhex(found["salt"]), bytes.fromhex(found["nonce"])
        public, box = bytes.fromhex(found["public"]), bytes.fromhex(found["sealed"])
        kdf = Scrypt(salt=salt, length=32, n=int(found["n"]), r=int(found["r"]),
                     p=int(found["p"]))  # fmt: skip
        key = kdf.derive(password.encode("utf-8"))
    except (ValueError, KeyError, TypeError) as error:
        raise MessageError(msg("keys.damaged")) from error
    try:
        raw = AESGCM(key).decrypt(nonce, box, public)
    except InvalidTag as error:
        raise MessageError(msg("keys.wrong_password")) from error
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_of(sealed: str) -> bytes:
    """The public half kept beside a sealed private key (no password needed)."""
    return bytes.fromhex(json.loads(sealed)["public"])


def sign_with(private: Ed25519PrivateKey, message: bytes) -> bytes:
    return private.sign(message)


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- enrollment files -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Enrollment:
    """A public key and whose it is: an office's, sent to central, or central's, sent
    to the offices. Public: what makes it trusted is the fingerprint compared aloud."""

    campaign_id: str
    office_code: str  # the office's code, or central's own
    central: bool
    public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


def write_enrollment(path: Path, entry: Enrollment) -> None:
    text = json.dumps({
        "format": ENROLL_FORMAT, "campaign_id": entry.campaign_id, "office": entry.office_code,
        "central": entry.central, "public_key": entry.public.hex(),
        "fingerprint": entry.fingerprint,
    }, indent=1, sort_keys=True)  # fmt: skip
    path.write_text(text + "\n", encoding="utf-8")


def read_enrollment(path: Path) -> Enrollment:
    """An enrollment file, checked field by field; refused by name when it is not one."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_ENROLL_BYTES + 1)
    except OSError as error:
        raise MessageError(msg("file.cannot_read", detail=str(error)[:200])) from error
    if len(data) > MAX_ENROLL_BYTES:
        raise MessageError(msg("keys.not_enrollment", name=path.name))
    try:
        found = json.loads(data.decode("utf-8"))
        public = found["public_key"]
        if (
            found["format"] != ENROLL_FORMAT
            or not isinstance(public, str)
            or not _HEX64.fullmatch(public)
            or not isinstance(found["office"], str)
            or not re.fullmatch(r"[A-Za-z0-9_-]{1,16}", found["office"])
            or not isinstance(found["campaign_id"], str)
            or not isinstance(found["central"], bool)
        ):
            raise ValueError("field")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise MessageError(msg("keys.not_enrollment", name=path.name)) from error
    return Enrollment(
        found["campaign_id"], found["office"], found["central"], bytes.fromhex(public)
    )


__all__ = [
    "ENROLL_SUFFIX",
    "Enrollment",
    "NewKey",
    "check_password",
    "fingerprint",
    "key_id",
    "make_key",
    "open_private",
    "public_of",
    "read_enrollment",
    "same_fingerprint",
    "sign_with",
    "verify_signature",
    "write_enrollment",
]
