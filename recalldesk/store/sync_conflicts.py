"""Merge conflicts: listing them and a coordinator's resolution.

A conflict is an incoming record with the same version as the stored one
but different content. The merge keeps the stored row; resolving either
confirms it (``local``) or puts the incoming content in its place
(``incoming``) — at the same version, so the owning office's next edit
still wins normally and central never forks the record's history.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from recalldesk.core.messages import MessageError, msg
from recalldesk.core.records import Actor
from recalldesk.store import audit, sync_sql
from recalldesk.store.connection import Database

LOCAL = "local"
INCOMING = "incoming"


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    entity: str  # table name: office, operator, circulator, section, signature_line
    uuid: str
    version: int
    local: dict[str, str]
    incoming: dict[str, str]
    file_name: str  # the packet it came in
    detected_at: str
    current_version: int  # the stored record's version now
    resolution: str | None = None
    resolved_by: str | None = None
    resolved_at: str | None = None
    packet_office: str = ""  # who sent the incoming side
    packet_device: str = ""
    received_at: str = ""  # when central received it
    serial: str = ""  # the section the record is, or holds the line (lines and sections)

    @property
    def differences(self) -> dict[str, tuple[str, str]]:
        """Column -> (stored, incoming) for the columns that differ."""
        return {
            k: (v, self.incoming.get(k, ""))
            for k, v in self.local.items()
            if self.incoming.get(k, "") != v
        }

    @property
    def superseded(self) -> bool:
        """A newer version arrived since: the conflict no longer decides anything."""
        return self.current_version != self.version


def list_conflicts(db: Database, *, open_only: bool = True) -> list[Conflict]:
    rows = db.query(
        "SELECT c.id, c.entity, c.uuid, c.version, c.local, c.incoming, p.file_name, "
        "c.detected_at, c.resolution, c.resolved_by, c.resolved_at, "
        "p.office_code AS packet_office, p.device_id AS packet_device, p.received_at "
        "FROM sync_conflict c JOIN sync_packet p ON p.id = c.packet_id "
        + ("WHERE c.resolution IS NULL " if open_only else "")
        + "ORDER BY c.id"
    )
    out = []
    for r in rows:
        current = db.scalar(f"SELECT version FROM {_table(r['entity'])} WHERE uuid = ?", (r[2],))
        values = dict(r)
        local = json.loads(r["local"])
        values.update(
            local=local,
            incoming=json.loads(r["incoming"]),
            current_version=int(current or 0),
            serial=_serial(db, r["entity"], local),
        )
        out.append(Conflict(**values))
    return out


def _serial(db: Database, entity: str, local: dict[str, str]) -> str:
    if entity == "section":
        return str(local.get("serial", ""))
    if entity == "signature_line":
        found = db.scalar("SELECT serial FROM section WHERE uuid = ?", (local.get("section_uuid"),))
        return str(found or "")
    return ""


def _table(entity: str) -> str:
    if entity not in sync_sql.SPECS:  # table names cannot be bound parameters
        raise ValueError(f"not a synced table: {entity}")
    return entity


def reopen_conflict(db: Database, actor: Actor, conflict_id: int) -> None:
    """Take back a coordinator's choice: the conflict is open again, the record as before.

    A choice of the incoming record is undone by writing the kept record's
    values back (only while no newer version has arrived since).
    """
    sync_sql.register_functions(db.conn)
    with db.transaction() as conn:
        row = conn.execute(
            "SELECT entity, uuid, version, local, incoming, resolution FROM sync_conflict "
            "WHERE id = ?",
            (conflict_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"conflict {conflict_id} does not exist")
        if row["resolution"] is None:
            raise MessageError(msg("conflict.not_settled", conflict=conflict_id))
        table = _table(row["entity"])
        changes: dict[str, Any] = {}
        if row["resolution"] == INCOMING:
            version = conn.execute(f"SELECT version FROM {table} WHERE uuid = ?", (row["uuid"],))
            if version.fetchone()[0] != row["version"]:
                raise MessageError(msg("conflict.superseded", conflict=conflict_id))
            _write_side(conn, table, row["uuid"], row["local"])
            local, incoming = json.loads(row["local"]), json.loads(row["incoming"])
            changes = {k: [v, local.get(k)] for k, v in incoming.items() if local.get(k) != v}
        conn.execute(
            "UPDATE sync_conflict SET resolution = NULL, resolved_by = NULL, resolved_at = NULL "
            "WHERE id = ?",
            (conflict_id,),
        )
        audit.record(
            conn, actor, "update" if changes else "note", table, row["uuid"], changes,
            msg("audit.conflict_reopened", conflict=conflict_id, was=row["resolution"]),
        )  # fmt: skip


def _write_side(conn: sqlite3.Connection, table: str, uuid: str, side: str) -> None:
    """Put one side of a conflict (its JSON) in the stored record, at the same version."""
    spec = sync_sql.SPECS[table]
    values = sync_sql.assignments(spec, lambda c: f"json_extract(:side, '$.{c}')", "1")
    sets = ", ".join(f"{col} = {expr}" for col, expr in values.items() if col != "uuid")
    conn.execute(
        f"UPDATE {table} SET {sets}, change_seq = :cs WHERE uuid = :uuid",
        {"side": side, "uuid": uuid, "cs": audit.next_change_seq(conn)},
    )


def resolve_conflict(db: Database, actor: Actor, conflict_id: int, choice: str) -> None:
    """Keep the stored record (``local``) or take the incoming one (``incoming``); audited."""
    if choice not in (LOCAL, INCOMING):
        raise ValueError(f"resolve with {LOCAL!r} or {INCOMING!r}, not {choice!r}")
    sync_sql.register_functions(db.conn)
    with db.transaction() as conn:
        row = conn.execute(
            "SELECT entity, uuid, version, local, incoming, resolution FROM sync_conflict "
            "WHERE id = ?",
            (conflict_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"conflict {conflict_id} does not exist")
        if row["resolution"] is not None:
            raise MessageError(
                msg("conflict.already_resolved", conflict=conflict_id, kept=row["resolution"])
            )
        table = _table(row["entity"])
        now = audit.now_iso()
        changes: dict[str, Any] = {}
        if choice == INCOMING:
            version = conn.execute(f"SELECT version FROM {table} WHERE uuid = ?", (row["uuid"],))
            if version.fetchone()[0] != row["version"]:
                raise MessageError(msg("conflict.superseded", conflict=conflict_id))
            _write_side(conn, table, row["uuid"], row["incoming"])
            local, incoming = json.loads(row["local"]), json.loads(row["incoming"])
            changes = {k: [local.get(k), v] for k, v in incoming.items() if local.get(k) != v}
        conn.execute(
            "UPDATE sync_conflict SET resolution = ?, resolved_by = ?, resolved_at = ? "
            "WHERE id = ?",
            (choice, actor.operator, now, conflict_id),
        )
        audit.record(
            conn, actor, "update" if choice == INCOMING else "note", table, row["uuid"],
            changes, msg("audit.conflict_resolved", conflict=conflict_id, kept=choice), at=now,
        )  # fmt: skip
