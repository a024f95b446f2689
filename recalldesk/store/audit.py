"""The append-only audit log: who changed what, when, old → new.

Entries are written by the repositories inside the same transaction as the
change they describe, so a change and its entry commit or vanish together.
Triggers in the schema refuse UPDATE and DELETE on the table. A reason is
stored as a message (code and parameters, as JSON), never as English text.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from recalldesk.core.messages import Message
from recalldesk.core.records import Actor
from recalldesk.store.connection import Database

__all__ = ["Actor", "AuditEntry", "history", "record"]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One entry. ``reason`` is a message; ``legacy_reason`` an old entry's plain text."""

    id: int
    at: str
    operator: str
    office: str
    action: str
    entity: str
    entity_uuid: str
    changes: dict[str, Any]
    reason: Message | None
    legacy_reason: str = ""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_uuid() -> str:
    return str(uuid.uuid4())


def next_change_seq(conn: sqlite3.Connection) -> int:
    """Claim the next local change number (inside the caller's transaction)."""
    row = conn.execute(
        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_seq' "
        "RETURNING value"
    ).fetchone()
    return int(row[0])


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for the fields that differ."""
    return {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}


def record(
    conn: sqlite3.Connection,
    actor: Actor,
    action: str,
    entity: str,
    entity_uuid: str,
    changes: dict[str, Any],
    reason: Message | None = None,
    at: str | None = None,
) -> None:
    conn.execute(
        "INSERT INTO audit_log(at, operator, office, device, action, entity, entity_uuid,"
        " changes, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            at or now_iso(),
            actor.operator,
            actor.office_code,
            actor.device_id,
            action,
            entity,
            entity_uuid,
            json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str),
            reason.to_json() if reason is not None else "",
        ),
    )


def history(db: Database, entity_uuid: str) -> list[AuditEntry]:
    """Every entry about one record, oldest first."""
    rows = db.query(
        "SELECT id, at, operator, office, action, entity, entity_uuid, changes, reason "
        "FROM audit_log WHERE entity_uuid = ? ORDER BY id",
        (entity_uuid,),
    )
    out = []
    for r in rows:
        reason = Message.from_json(r["reason"])
        legacy = "" if reason is not None else r["reason"]
        out.append(
            AuditEntry(
                r["id"],
                r["at"],
                r["operator"],
                r["office"],
                r["action"],
                r["entity"],
                r["entity_uuid"],
                json.loads(r["changes"]),
                reason,
                legacy,
            )
        )
    return out


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log"))
