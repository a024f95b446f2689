"""An office's sync bookkeeping: the last packet written and the changes it covered.

Kept in ``meta`` and advanced only after the packet file is safely on disk,
so a failed write means the next sync simply covers the same changes again.
"""

from __future__ import annotations

from dataclasses import dataclass

from recalldesk.core.packet_format import MAX_REPLACED
from recalldesk.store.connection import Database

_SEQUENCE = "sync_sequence"
_COVERED = "sync_change_seq"
_DIGEST_SEQUENCE = "digest_sequence"


@dataclass(frozen=True, slots=True)
class PacketState:
    last_sequence: int  # 0: no packet written yet
    covered_change_seq: int  # changes up to this one were in a packet


def packet_state(db: Database) -> PacketState:
    return PacketState(int(db.meta(_SEQUENCE, "0")), int(db.meta(_COVERED, "0")))


def record_packet_written(db: Database, sequence: int, upto_change_seq: int) -> None:
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [(_SEQUENCE, str(sequence)), (_COVERED, str(upto_change_seq))],
        )


REPLACED = "replaced_devices"


def restart_numbering(db: Database, device_id: str) -> None:
    """Give this database a new device identity whose packets start again at 1.

    After a restore from a backup, the old numbers were already used for other
    content; a new identity keeps central's ledger of the old one intact.
    """
    with db.transaction() as conn:
        found = conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('device_id', ?)", (REPLACED,)
        ).fetchall()
        old = dict(found)
        # The identities it had before, newest last: its packets name them, so central
        # drops what they reported (the restored database reports the same work again).
        replaced = [*old.get(REPLACED, "").split(), old.get("device_id", "")]
        replaced = [d for d in replaced if d and d != device_id][-MAX_REPLACED:]
        conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [("device_id", device_id), (_SEQUENCE, "0"), (_COVERED, "0"),
             (REPLACED, " ".join(replaced))],
        )  # fmt: skip


def replaced_devices(db: Database) -> list[str]:
    """The device identities this database had before restarts (newest last)."""
    return db.meta(REPLACED).split()


def campaign_key(db: Database) -> str:
    return db.meta("campaign_key")


def next_digest_sequence(db: Database) -> int:
    """Claim central's next digest number (one per ``digest`` run, shared by its files)."""
    with db.transaction() as conn:
        row = conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value",
            (_DIGEST_SEQUENCE,),
        ).fetchone()
    return int(row[0])
