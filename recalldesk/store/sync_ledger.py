"""Central's ledger of merged packets: what arrived from which office and device.

A packet is "already merged" when the same file (sha256) or the same
signed content (device, sequence and signature) is in the ledger; merging
it again is skipped without reading its rows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from recalldesk.core.records import Actor
from recalldesk.core.sync_records import PacketRecord
from recalldesk.store.connection import Database


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    id: int
    office_code: str
    device_id: str
    sequence: int
    since_change_seq: int
    upto_change_seq: int
    full: bool
    file_name: str
    received_at: str
    row_count: int
    added: int
    updated: int
    unchanged: int
    conflicts: int


_SELECT = (
    "SELECT id, office_code, device_id, sequence, since_change_seq, upto_change_seq, is_full, "
    "file_name, received_at, row_count, added, updated, unchanged, conflicts FROM sync_packet "
)


def _entry(r: sqlite3.Row) -> LedgerEntry:
    return LedgerEntry(
        r["id"], r["office_code"], r["device_id"], r["sequence"], r["since_change_seq"],
        r["upto_change_seq"], bool(r["is_full"]), r["file_name"], r["received_at"],
        r["row_count"], r["added"], r["updated"], r["unchanged"], r["conflicts"],
    )  # fmt: skip


def find_merged(
    db: Database, sha256: str, device_id: str, sequence: int, signature: str
) -> LedgerEntry | None:
    """The ledger entry this packet repeats (same file, or same signed content), if any."""
    rows = db.query(
        _SELECT + "WHERE sha256 = ? OR (device_id = ? AND sequence = ? AND signature = ?) "
        "ORDER BY id LIMIT 1",
        (sha256, device_id, sequence, signature),
    )
    return _entry(rows[0]) if rows else None


def find_file(db: Database, sha256: str) -> LedgerEntry | None:
    """The ledger entry of a file with exactly these bytes, if one was merged."""
    rows = db.query(_SELECT + "WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,))
    return _entry(rows[0]) if rows else None


def sequence_taken(
    db: Database, office_code: str, device_id: str, sequence: int
) -> LedgerEntry | None:
    """A packet already merged under this office's device's ``sequence`` (other content).

    A number belongs to an office's device: another office's packet claiming the
    device's id does not take it.
    """
    rows = db.query(
        _SELECT + "WHERE office_code = ? AND device_id = ? AND sequence = ? ORDER BY id LIMIT 1",
        (office_code, device_id, sequence),
    )
    return _entry(rows[0]) if rows else None


def insert_packet(conn: sqlite3.Connection, record: PacketRecord, actor: Actor, now: str) -> int:
    """Add the packet to the ledger (counts filled in by :func:`set_counts`); returns its id."""
    cursor = conn.execute(
        "INSERT INTO sync_packet(office_code, device_id, sequence, since_change_seq, "
        "upto_change_seq, is_full, file_name, sha256, signature, app_version, created_at, "
        "received_at, received_by, row_count, added, updated, unchanged, conflicts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0)",
        (
            record.office_code, record.device_id, record.sequence, record.since_change_seq,
            record.upto_change_seq, int(record.full), record.file_name, record.sha256,
            record.signature, record.app_version, record.created_at, now, actor.operator,
        ),
    )  # fmt: skip
    return int(cursor.lastrowid or 0)


def set_counts(
    conn: sqlite3.Connection,
    packet_id: int,
    *,
    rows: int,
    added: int,
    updated: int,
    unchanged: int,
    conflicts: int,
) -> None:
    conn.execute(
        "UPDATE sync_packet SET row_count = ?, added = ?, updated = ?, unchanged = ?, "
        "conflicts = ? WHERE id = ?",
        (rows, added, updated, unchanged, conflicts, packet_id),
    )


def entries(db: Database) -> list[LedgerEntry]:
    """Every merged packet, by office, device and sequence."""
    return [_entry(r) for r in db.query(_SELECT + "ORDER BY office_code, device_id, sequence, id")]
