"""Operators' PINs and passwords: hashed with scrypt, checked in constant time.

scrypt is memory-hard (16 MiB per try with these parameters, ~50 ms here), so
a copied database does not give up a lead's password to a graphics card in an
afternoon. A four-digit PIN still falls to anyone holding the file (10,000
tries); it guards the app's roles on a shared laptop, not the file, which is
why leads and coordinators need passwords.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from recalldesk.core.messages import Message, msg
from recalldesk.core.records import StaffRole

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_PIN = 4  # a volunteer's PIN (or password)
MIN_PASSWORD = 10  # a lead's or coordinator's password, as for a signing key
MAX_SECRET = 200


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=HASH_BYTES
    )


def hash_secret(secret: str) -> str:
    """``scrypt$n$r$p$salt$hash``: the parameters travel with the hash, so they can grow."""
    salt = os.urandom(SALT_BYTES)
    digest = _derive(secret, salt, N, R, P)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def secret_matches(secret: str, stored: str) -> bool:
    """Whether ``secret`` is the one ``stored`` was made from (False for a damaged hash)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME or not (2 <= int(n) <= 2**20 and 1 <= int(r) <= 32):
            return False
        expected = base64.b64decode(digest, validate=True)
        found = _derive(secret, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found, expected)


def minimum_for(role: StaffRole) -> int:
    return MIN_PIN if role is StaffRole.VOLUNTEER else MIN_PASSWORD


def secret_problem(secret: str, role: StaffRole) -> Message | None:
    """Why ``secret`` will not do for someone of ``role``, or None."""
    minimum = minimum_for(role)
    if len(secret) < minimum:
        code = (
            "signin.pin_too_short" if role is StaffRole.VOLUNTEER else "signin.password_too_short"
        )
        return msg(code, minimum=minimum)
    if len(secret) > MAX_SECRET:
        return msg("signin.secret_too_long", limit=MAX_SECRET)
    if len(set(secret)) == 1 or secret in "0123456789" or secret in "9876543210":
        return msg("signin.secret_too_plain")
    return None
