"""Lines grouped by office and by circulator (what :mod:`recalldesk.core.breakdown` reads)."""

from __future__ import annotations

import sqlite3

from recalldesk.core.breakdown import GroupFigures
from recalldesk.core.counting import Tally
from recalldesk.store.stats import REPEAT_SQL

_GROUPS = {
    # key column, label column, join
    "office": ("o.code", "o.name", "JOIN office o ON o.id = s.office_id"),
    "circulator": (
        "coalesce(c.uuid, '')",
        "coalesce(c.name, '')",
        "LEFT JOIN circulator c ON c.id = s.circulator_id",
    ),
}


def by_group(conn: sqlite3.Connection, kind: str, draw_id: int | None) -> list[GroupFigures]:
    """Every office (``kind`` "office") or circulator ("circulator") with its lines counted,
    and the results of sample ``draw_id`` for its lines."""
    key, label, join = _GROUPS[kind]
    found: dict[str, GroupFigures] = {}

    def group(k: str, name: str) -> GroupFigures:
        if k not in found:
            found[k] = GroupFigures(k, name, tally=Tally(), problems={})
        return found[k]

    for k, name, n in conn.execute(
        f"SELECT {key}, {label}, count(*) FROM section s {join} WHERE s.deleted = 0 GROUP BY 1"
    ):
        group(k, name).sections = n
    for k, name, mark, severity, voided, repeat, n in conn.execute(
        f"SELECT {key}, {label}, l.mark, l.severity, s.voided, {REPEAT_SQL}, count(*) "
        f"FROM signature_line l JOIN section s ON s.id = l.section_id {join} "
        "WHERE l.deleted = 0 AND s.deleted = 0 GROUP BY 1, 3, 4, 5, 6"
    ):
        tally = group(k, name).tally
        assert tally is not None
        tally.add(mark, severity, bool(voided), n, bool(repeat))
    for k, name, problems, n in conn.execute(
        f"SELECT {key}, {label}, l.problems, count(*) FROM signature_line l "
        f"JOIN section s ON s.id = l.section_id {join} "
        "WHERE l.deleted = 0 AND s.deleted = 0 AND l.problems != '' GROUP BY 1, 3"
    ):
        counts = group(k, name).problems
        assert counts is not None
        for code in problems.split():
            counts[code] = counts.get(code, 0) + n
    if draw_id is not None:
        for k, name, checked, valid in conn.execute(
            f"SELECT {key}, {label}, count(*), sum(i.result = 'valid' AND l.mark != 'withdrawn') "
            "FROM sample_item i JOIN signature_line l ON l.uuid = i.line_uuid "
            f"JOIN section s ON s.id = l.section_id {join} "
            "WHERE i.draw_id = ? AND i.result != '' AND l.deleted = 0 GROUP BY 1",
            (draw_id,),
        ):
            g = group(k, name)
            g.sample_checked, g.sample_valid = checked, valid or 0
    return sorted(found.values(), key=lambda g: (-g.raw, g.label))
