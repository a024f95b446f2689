"""The campaign's random samples: the population, draws, drawn lines and their results.

What a sample means (who is valid, what a duplicate is) lives in
:mod:`recalldesk.core.sampling`; this module only reads and writes rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from recalldesk.core.counting import NOT_SIGNATURE_MARKS
from recalldesk.store import audit
from recalldesk.store.connection import Database

_NOT_SIGNATURES = tuple(str(m) for m in NOT_SIGNATURE_MARKS)
_SIGNATURES = (
    "FROM signature_line l JOIN section s ON s.id = l.section_id "
    "WHERE l.deleted = 0 AND s.deleted = 0 AND l.mark NOT IN (?, ?)"
)


def population(conn: sqlite3.Connection) -> list[str]:
    """Every raw signature's line uuid, in uuid order (the order a draw indexes)."""
    # Every uuid in order straight from the uuid index (no table row is read), minus
    # the few that are not raw signatures: 1.2 s at 900,000 lines, where filtering in
    # SQL fetched each row at random (6 s) and sorting in Python took 2 s.
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: a Row apiece costs a second at this size
    left_out = {
        uuid
        for (uuid,) in cursor.execute(
            "SELECT uuid FROM signature_line WHERE deleted = 1 OR mark IN (?, ?) "
            "UNION ALL SELECT l.uuid FROM section s JOIN signature_line l "
            "ON l.section_id = s.id WHERE s.deleted = 1",
            _NOT_SIGNATURES,
        )
    }
    ordered = cursor.execute("SELECT uuid FROM signature_line ORDER BY uuid")
    if not left_out:
        return [uuid for (uuid,) in ordered]
    return [uuid for (uuid,) in ordered if uuid not in left_out]


def population_size(conn: sqlite3.Connection) -> int:
    """How many raw signatures a draw would be made from."""
    row = conn.execute(f"SELECT count(*) {_SIGNATURES}", _NOT_SIGNATURES).fetchone()
    return int(row[0])


@dataclass(frozen=True, slots=True)
class StoredDraw:
    id: int
    uuid: str
    drawn_at: str
    drawn_by: str
    seed: int
    raw_count: int
    size: int
    note: str
    checked: int  # items with a typed result


def add_draw(
    conn: sqlite3.Connection,
    *,
    uuid: str,
    drawn_by: str,
    seed: int,
    raw_count: int,
    note: str,
    line_uuids: Iterable[str],
) -> int:
    """Store a draw and its lines (in draw order); returns the draw's id."""
    lines = list(line_uuids)
    draw_id = conn.execute(
        "INSERT INTO sample_draw(uuid, drawn_at, drawn_by, seed, raw_count, size, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (uuid, audit.now_iso(), drawn_by, seed, raw_count, len(lines), note),
    ).lastrowid
    assert draw_id is not None
    conn.executemany(
        "INSERT INTO sample_item(draw_id, position, line_uuid) VALUES (?, ?, ?)",
        [(draw_id, i, line) for i, line in enumerate(lines, start=1)],
    )
    return draw_id


_DRAW = (
    "SELECT d.id, d.uuid, d.drawn_at, d.drawn_by, d.seed, d.raw_count, d.size, d.note, "
    "(SELECT count(*) FROM sample_item i WHERE i.draw_id = d.id AND i.result != '') "
    "FROM sample_draw d"
)


def draws(db: Database) -> list[StoredDraw]:
    """Every draw, the latest first."""
    return [StoredDraw(*r) for r in db.query(f"{_DRAW} ORDER BY d.id DESC")]


def draw(db: Database, draw_id: int) -> StoredDraw | None:
    rows = db.query(f"{_DRAW} WHERE d.id = ?", (draw_id,))
    return StoredDraw(*rows[0]) if rows else None


@dataclass(frozen=True, slots=True)
class SampleRow:
    """A drawn line as the checklist and the results grid show it."""

    position: int
    line_uuid: str
    result: str
    result_by: str
    result_at: str
    present: int  # 0 when the line has since been deleted
    mark: str
    serial: str
    line_number: int
    office_code: str
    first_name: str
    last_name: str
    street_number: str
    street_name: str
    unit: str
    city: str
    zip_code: str


def items(db: Database, draw_id: int) -> list[SampleRow]:
    rows = db.query(
        "SELECT i.position, i.line_uuid, i.result, i.result_by, i.result_at, "
        "coalesce(l.deleted = 0, 0), coalesce(l.mark, ''), coalesce(s.serial, ''), "
        "coalesce(l.line_number, 0), coalesce(o.code, ''), coalesce(l.first_name, ''), "
        "coalesce(l.last_name, ''), coalesce(l.street_number, ''), "
        "coalesce(l.street_name, ''), coalesce(l.unit, ''), coalesce(l.city, ''), "
        "coalesce(l.zip_code, '') FROM sample_item i "
        "LEFT JOIN signature_line l ON l.uuid = i.line_uuid "
        "LEFT JOIN section s ON s.id = l.section_id LEFT JOIN office o ON o.id = s.office_id "
        "WHERE i.draw_id = ? ORDER BY i.position",
        (draw_id,),
    )
    return [SampleRow(*r) for r in rows]


def counted_items(db: Database, draw_id: int) -> list[tuple[int, str, str, int, str]]:
    """(position, line uuid, result, present, mark) of every drawn line: what counting needs."""
    return [
        (r[0], r[1], r[2], int(r[3]), r[4])
        for r in db.query(
            "SELECT i.position, i.line_uuid, i.result, coalesce(l.deleted = 0, 0), "
            "coalesce(l.mark, '') FROM sample_item i "
            "LEFT JOIN signature_line l ON l.uuid = i.line_uuid "
            "WHERE i.draw_id = ? ORDER BY i.position",
            (draw_id,),
        )
    ]


def set_results(
    conn: sqlite3.Connection, draw_id: int, results: Iterable[tuple[int, str]], by: str
) -> int:
    """Record (position, result) pairs; returns how many rows changed."""
    at = audit.now_iso()
    before = conn.total_changes
    conn.executemany(
        "UPDATE sample_item SET result = ?, result_by = ?, result_at = ? "
        "WHERE draw_id = ? AND position = ? AND result != ?",
        [(result, by, at, draw_id, position, result) for position, result in results],
    )
    return conn.total_changes - before


def duplicate_pairs(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(line, other line, the repeat) of every confirmed duplicate decision."""
    return list(
        conn.execute(
            "SELECT line_uuid, other_line_uuid, coalesce(repeat_uuid, '') "
            "FROM duplicate_decision WHERE decision = 'duplicate'"
        )
    )
