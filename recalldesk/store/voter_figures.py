"""Lines grouped for the predicted registrar's table (what core.predicted reads)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from recalldesk.store.stats import REPEAT_SQL

_GROUP_COLUMNS = {
    "office": ("o.code", "o.name", "JOIN office o ON o.id = s.office_id"),
    "circulator": (
        "coalesce(c.uuid, '')",
        "coalesce(c.name, '')",
        "LEFT JOIN circulator c ON c.id = s.circulator_id",
    ),
}
Row = tuple[str, str, str, str, int, int, int, str | None, int]


def grouped(conn: sqlite3.Connection, kind: str) -> Iterator[Row]:
    """(key, label, mark, severity, voided, repeat, out of county, predicted status, n)
    for every office or circulator (``kind``), over live lines."""
    key, label, join = _GROUP_COLUMNS[kind]
    yield from conn.execute(
        f"SELECT {key}, {label}, l.mark, l.severity, s.voided, {REPEAT_SQL}, "
        "instr(l.problems, 'ZIP_OUT_OF_COUNTY') > 0, "
        # A verdict from before the line last changed is stale: not matched yet.
        "CASE WHEN m.line_seq = l.change_seq THEN m.status END, count(*) "
        f"FROM signature_line l JOIN section s ON s.id = l.section_id {join} "
        "LEFT JOIN voter_match m ON m.line_id = l.id "
        "WHERE l.deleted = 0 AND s.deleted = 0 GROUP BY 1, 3, 4, 5, 6, 7, 8"
    )


def voters_counted_twice(conn: sqlite3.Connection, kind: str) -> Iterator[tuple[str, int]]:
    """(group key, lines) that are a second or later line matched, with certainty, to one
    voter among otherwise valid lines: the one person counted once. The line kept is
    the first keyed (its row id), so the extra lines fall to the groups of the later."""
    key, _, join = _GROUP_COLUMNS[kind]
    yield from conn.execute(
        f"SELECT {key}, count(*) FROM signature_line l "
        f"JOIN section s ON s.id = l.section_id {join} "
        "JOIN voter_match m ON m.line_id = l.id "
        "WHERE l.deleted = 0 AND s.deleted = 0 AND m.status = 'registered' "
        "AND m.line_seq = l.change_seq "
        "AND m.candidates <= 1 AND l.severity != 'error' AND s.voided = 0 "
        f"AND l.mark NOT IN ('blank', 'struck') AND NOT {REPEAT_SQL} "
        "AND EXISTS (SELECT 1 FROM voter_match m2 JOIN signature_line l2 ON l2.id = m2.line_id "
        "JOIN section s2 ON s2.id = l2.section_id "
        "WHERE m2.voter = m.voter AND m2.line_id < m.line_id AND m2.status = 'registered' "
        "AND m2.line_seq = l2.change_seq "
        "AND m2.candidates <= 1 AND l2.deleted = 0 AND s2.deleted = 0 AND s2.voided = 0 "
        "AND l2.severity != 'error' AND l2.mark NOT IN ('blank', 'struck')) "
        "GROUP BY 1"
    )
