"""The signing keys: this database's own (sealed) and the ones it trusts (schema v11)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from recalldesk.store.connection import Database

OWN_KEY = "own_signing_key"  # meta: this database's private key, sealed under a password
REQUIRE_SIGNED = "require_signed_packets"  # meta: "on" refuses a packet no office key signed


@dataclass(frozen=True, slots=True)
class TrustedKey:
    id: int
    key_id: str
    public_key: bytes
    office_code: str
    central: bool
    enrolled_at: str
    enrolled_by: str
    revoked_at: str | None
    revoked_by: str | None

    @property
    def live(self) -> bool:
        return self.revoked_at is None


_COLUMNS = (
    "id, key_id, public_key, office_code, central, enrolled_at, enrolled_by, revoked_at, revoked_by"
)


def _key(row: tuple[object, ...]) -> TrustedKey:
    (ident, key_id, public, office, central, at, by, revoked_at, revoked_by) = row
    return TrustedKey(
        int(str(ident)), str(key_id), bytes.fromhex(str(public)), str(office), bool(central),
        str(at), str(by), None if revoked_at is None else str(revoked_at),
        None if revoked_by is None else str(revoked_by),
    )  # fmt: skip


def all_keys(db: Database) -> list[TrustedKey]:
    """Every key ever trusted here, live ones first, then by office and date."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM trusted_key "
        "ORDER BY revoked_at IS NOT NULL, office_code, enrolled_at"
    )
    return [_key(tuple(r)) for r in rows]


def live_central_key(db: Database) -> str | None:
    found = db.scalar(
        "SELECT key_id FROM trusted_key WHERE central = 1 AND revoked_at IS NULL LIMIT 1"
    )
    return None if found is None else str(found)


def revoke(conn: sqlite3.Connection, office_code: str, at: str, by: str) -> int:
    return conn.execute(
        "UPDATE trusted_key SET revoked_at = ?, revoked_by = ? "
        "WHERE office_code = ? AND revoked_at IS NULL",
        (at, by, office_code),
    ).rowcount


def trust(
    conn: sqlite3.Connection, key_id: str, public: bytes, office_code: str, central: bool,
    at: str, by: str,
) -> None:  # fmt: skip
    """Trust ``public`` for the office, in place of its live key (revoked, kept)."""
    revoke(conn, office_code, at, by)
    conn.execute(
        "INSERT INTO trusted_key(key_id, public_key, office_code, central, enrolled_at, "
        "enrolled_by) VALUES (?, ?, ?, ?, ?, ?)",
        (key_id, public.hex(), office_code, int(central), at, by),
    )


__all__ = [
    "OWN_KEY",
    "REQUIRE_SIGNED",
    "TrustedKey",
    "all_keys",
    "live_central_key",
    "revoke",
    "trust",
]
