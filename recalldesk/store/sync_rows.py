"""What an office's next packet holds, read inside one snapshot.

A packet holds every record whose change number is in ``(since, upto]`` —
tombstones included — plus the current version of every record those rows
refer to (a line's section and operator, a section's office and circulator,
an operator's office). So each packet can be merged on its own, in any
order; re-sent parents are simply "unchanged" at central.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator

from recalldesk.core.packet_format import KEYING, PACKET_SHEETS, SheetSpec
from recalldesk.store import keying_reports, sync_sql

# Children first: a parent set can only be completed once its children are known.
_LINES = "SELECT id FROM temp.pk_signature_line"
_SECTIONS = "SELECT id FROM temp.pk_section"
_PLAN = (
    ("signature_line", ()),
    ("section", (f"SELECT section_id FROM signature_line WHERE id IN ({_LINES})",)),
    (
        "operator",
        (
            f"SELECT operator_id FROM signature_line WHERE id IN ({_LINES}) "
            "AND operator_id IS NOT NULL",
        ),
    ),
    (
        "circulator",
        (
            f"SELECT circulator_id FROM section WHERE id IN ({_SECTIONS}) "
            "AND circulator_id IS NOT NULL",
        ),
    ),
    (
        "office",
        (
            f"SELECT office_id FROM section WHERE id IN ({_SECTIONS})",
            "SELECT office_id FROM operator WHERE id IN (SELECT id FROM temp.pk_operator)",
        ),
    ),
)


def current_change_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()
    return int(row[0]) if row else 0


def plan_packet(conn: sqlite3.Connection, since: int, upto: int) -> dict[str, int]:
    """Pick the packet's rows into temp tables; returns rows per sheet title.

    A packet with records also carries the device's verification figures (the
    Keying sheet) and the operators they name; figures alone make no packet.
    Call inside a snapshot; the temp tables go when it ends (or with
    :func:`drop_plan`).
    """
    drop_plan(conn)
    for table, parents in _PLAN:
        conn.execute(f"CREATE TEMP TABLE pk_{table} (id INTEGER PRIMARY KEY)")
        conn.execute(
            f"INSERT INTO temp.pk_{table} SELECT id FROM {table} "
            "WHERE change_seq > ? AND change_seq <= ?",
            (since, upto),
        )
        for sql in parents:
            conn.execute(f"INSERT OR IGNORE INTO temp.pk_{table} {sql}")
    counts = _counts(conn)
    counts[KEYING.title] = 0
    if any(counts.values()):
        conn.execute(f"INSERT OR IGNORE INTO temp.pk_operator {keying_reports.OPERATOR_IDS}")
        conn.execute(
            "INSERT OR IGNORE INTO temp.pk_office SELECT office_id FROM operator "
            "WHERE id IN (SELECT id FROM temp.pk_operator)"
        )
        counts = _counts(conn)
        counts[KEYING.title] = len(keying_reports.device_rows(conn))
    return counts


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        spec.title: int(conn.execute(f"SELECT count(*) FROM temp.pk_{spec.table}").fetchone()[0])
        for spec in PACKET_SHEETS
    }


def drop_plan(conn: sqlite3.Connection) -> None:
    for table, _ in _PLAN:
        conn.execute(f"DROP TABLE IF EXISTS temp.pk_{table}")


def iter_packet_rows(
    conn: sqlite3.Connection, spec: SheetSpec, batch: int = 5000
) -> Generator[tuple[str, ...], None, None]:
    """The planned rows of one sheet, every value text, in the packet's fixed order."""
    if spec is KEYING:
        yield from keying_reports.device_rows(conn)
        return
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(
        f"{sync_sql.canonical_select(spec)} "
        f"WHERE t.id IN (SELECT id FROM temp.pk_{spec.table}) "
        f"ORDER BY {sync_sql.packet_order(spec)}"
    )
    try:
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        cursor.close()
