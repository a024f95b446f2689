"""The verification figures packets carry (the ``Keying`` sheet, schema v15).

At an office, :func:`device_rows` reads this database's figures per operator
for its next packet. At central, :func:`apply_staged` checks a packet's staged
``Keying`` rows and keeps them as the device's newest figures, replacing what an
earlier packet of the same device said; :func:`by_operator` and
:func:`by_office` read them back for the statistics and the dashboard.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from recalldesk.core.messages import Message, msg
from recalldesk.core.packet_format import KEYING
from recalldesk.core.sync_records import EntityCounts, RowProblem
from recalldesk.store.connection import Database
from recalldesk.store.verification import errors_in

_STAGE = "temp.stage_keying_report"


def device_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """(operator uuid, fields compared, fields in error, sections verified), by uuid.

    A line only the first keying has differs in every field but is not among the
    fields compared (the second keying's lines), so errors are capped at the fields
    compared: the rate can only be understated by it, never above 1,000.
    """
    errors = errors_in(conn)
    verified = dict(
        conn.execute(
            "SELECT first_operator_id, count(*) FROM verification "
            "WHERE status = 'verified' AND first_operator_id IS NOT NULL GROUP BY 1"
        ).fetchall()
    )
    uuids = dict(conn.execute("SELECT id, uuid FROM operator").fetchall())
    rows = [
        (str(uuids[op]), str(compared), str(min(wrong, compared)), str(verified.get(op, 0)))
        for op, (wrong, compared) in errors.items()
        if op in uuids
    ]
    return sorted(rows)


# The operators device_rows names (a packet sends them as parents).
OPERATOR_IDS = (
    "SELECT first_operator_id FROM verification WHERE first_operator_id IS NOT NULL "
    "AND status IN ('differences', 'verified', 'lost') UNION "
    "SELECT verifier_id FROM verification WHERE verifier_id IS NOT NULL "
    "AND status IN ('differences', 'verified', 'lost')"
)


def _refuse_at(
    conn: sqlite3.Connection,
    sql: str,
    column: str,
    problem: Callable[[Any], Message],
    params: tuple[object, ...] = (),
) -> None:
    """Refuse the first staged row ``sql`` finds (its rowid first), naming ``column``."""
    bad = conn.execute(f"{sql} ORDER BY s.rowid LIMIT 1", params).fetchone()
    if bad is not None:
        raise RowProblem(KEYING.title, int(bad[0]), column, problem(bad))


def apply_staged(
    conn: sqlite3.Connection, office: str, device_id: str, sequence: int
) -> EntityCounts:
    """Keep a merged packet's staged Keying rows as the device's newest figures.

    Call inside the packet's savepoint, once its records are applied (the
    operators named are then known). Raises RowProblem for a row that repeats
    an operator, names one not in the master or of another office, or counts
    more errors than fields. Returns the rows as counts: ``updated`` when they
    replace the device's figures, ``unchanged`` when a later packet of the
    device was merged before this one (its figures stand: the merge report says
    so).
    """
    _refuse_at(
        conn,
        f"SELECT s.rowid, s.operator_uuid, f.rowid FROM {_STAGE} s JOIN {_STAGE} f "
        "ON f.operator_uuid = s.operator_uuid AND f.rowid < s.rowid",
        "operator_uuid",
        lambda b: msg("row.repeated_operator", uuid=b[1], first_row=int(b[2])),
    )
    _refuse_at(
        conn,
        f"SELECT s.rowid, s.operator_uuid FROM {_STAGE} s "
        "WHERE NOT EXISTS (SELECT 1 FROM operator o WHERE o.uuid = s.operator_uuid)",
        "operator_uuid",
        lambda b: msg("row.unknown_reference", what="operator", value=b[1]),
    )
    _refuse_at(
        conn,
        f"SELECT s.rowid, f.code FROM {_STAGE} s JOIN operator o ON o.uuid = s.operator_uuid "
        "JOIN office f ON f.id = o.office_id WHERE f.code != ?",
        "operator_uuid",
        lambda b: msg("row.not_owner", owner=b[1], office=office),
        (office,),
    )
    _refuse_at(
        conn,
        f"SELECT s.rowid, s.fields_in_error, s.fields_compared FROM {_STAGE} s "
        "WHERE CAST(s.fields_in_error AS INTEGER) > CAST(s.fields_compared AS INTEGER)",
        "fields_in_error",
        lambda b: msg("row.more_errors_than_fields", errors=b[1], fields=b[2]),
    )
    stored = conn.execute(
        "SELECT sequence FROM keying_report_device WHERE office_code = ? AND device_id = ?",
        (office, device_id),
    ).fetchone()
    staged = int(conn.execute(f"SELECT count(*) FROM {_STAGE}").fetchone()[0])
    if stored is not None and int(stored[0]) >= sequence:
        return EntityCounts(staged, unchanged=staged)
    conn.execute(
        "INSERT INTO keying_report_device(office_code, device_id, sequence) VALUES (?, ?, ?) "
        "ON CONFLICT(office_code, device_id) DO UPDATE SET sequence = excluded.sequence",
        (office, device_id, sequence),
    )
    conn.execute(
        "DELETE FROM keying_report WHERE office_code = ? AND device_id = ?", (office, device_id)
    )
    kept = conn.execute(
        "INSERT INTO keying_report(office_code, device_id, operator_id, fields_compared, "
        "fields_in_error, sections_verified) "
        f"SELECT ?, ?, o.id, CAST(s.fields_compared AS INTEGER), "
        "CAST(s.fields_in_error AS INTEGER), CAST(s.sections_verified AS INTEGER) "
        f"FROM {_STAGE} s JOIN operator o ON o.uuid = s.operator_uuid ORDER BY s.rowid",
        (office, device_id),
    ).rowcount
    return EntityCounts(kept, updated=kept)


FORGOTTEN = 2**62  # a stored sequence no packet reaches: that device's figures are gone


def forget_devices(conn: sqlite3.Connection, office: str, devices: tuple[str, ...]) -> None:
    """Drop what the office's former device identities reported (the device was restored
    from a backup: its new identity reports the same work again), for good."""
    for device in devices:
        conn.execute(
            "DELETE FROM keying_report WHERE office_code = ? AND device_id = ?", (office, device)
        )
        conn.execute(
            "INSERT INTO keying_report_device(office_code, device_id, sequence) "
            "VALUES (?, ?, ?) ON CONFLICT(office_code, device_id) "
            "DO UPDATE SET sequence = excluded.sequence",
            (office, device, FORGOTTEN),
        )


def by_operator(db: Database) -> dict[int, tuple[int, int, int]]:
    """{operator id: (fields in error, fields compared, sections verified)}, every device."""
    rows = db.query(
        "SELECT operator_id, sum(fields_in_error), sum(fields_compared), "
        "sum(sections_verified) FROM keying_report GROUP BY operator_id"
    )
    return {int(r[0]): (int(r[1]), int(r[2]), int(r[3])) for r in rows}


def by_office(db: Database) -> dict[str, tuple[int, int, int]]:
    """{office code: (fields in error, fields compared, sections verified)}."""
    rows = db.query(
        "SELECT office_code, sum(fields_in_error), sum(fields_compared), "
        "sum(sections_verified) FROM keying_report GROUP BY office_code"
    )
    return {str(r[0]): (int(r[1]), int(r[2]), int(r[3])) for r in rows}


def verified_sections_by_office(db: Database) -> dict[str, int]:
    """{office code: live sections whose status is verified} (the status travels)."""
    rows = db.query(
        "SELECT f.code, count(*) FROM section s JOIN office f ON f.id = s.office_id "
        "WHERE s.deleted = 0 AND s.voided = 0 AND s.status = 'verified' GROUP BY f.code"
    )
    return {str(r[0]): int(r[1]) for r in rows}


__all__ = [
    "OPERATOR_IDS",
    "apply_staged",
    "by_office",
    "by_operator",
    "device_rows",
    "forget_devices",
    "verified_sections_by_office",
]
