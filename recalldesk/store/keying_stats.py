"""Operator statistics, kept up to date as lines arrive (schema v14: keying_day).

:func:`refresh` counts the lines added since the last count: each operator's
lines in keying order, the pause since their previous save (up to ``idle_gap``
seconds; a longer one is a break and counts nothing), on the computer's local
calendar day. Lines merged from a packet later than others of the same operator
count no pause before them (their order is not known here).
"""

from __future__ import annotations

from recalldesk.store.campaign import set_meta
from recalldesk.store.connection import Database

UPTO = "keying_stats_upto"


def refresh(db: Database, idle_gap: float) -> int:
    """Count the lines added since the last refresh; returns how many were counted."""
    with db.transaction() as conn:
        upto = int(db.meta(UPTO) or 0)
        top = int(conn.execute("SELECT coalesce(max(id), 0) FROM signature_line").fetchone()[0])
        if top <= upto:
            return 0
        marks = {int(o): float(t) for o, t in conn.execute("SELECT * FROM keying_mark")}
        days: dict[tuple[int, str], list[float]] = {}
        counted = 0
        cursor = conn.execute(
            "SELECT operator_id, round((julianday(created_at) - 2440587.5) * 86400.0, 3), "
            "date(created_at, 'localtime') FROM signature_line "
            "WHERE id > ? AND id <= ? AND operator_id IS NOT NULL "
            "ORDER BY operator_id, created_at",
            (upto, top),
        )
        while rows := cursor.fetchmany(50_000):
            for operator_id, at, day in rows:
                entry = days.get((operator_id, day))
                if entry is None:
                    entry = days[(operator_id, day)] = [0, 0.0]
                entry[0] += 1
                last = marks.get(operator_id)
                if last is not None and 0 <= at - last <= idle_gap:
                    entry[1] += at - last
                if last is None or at > last:
                    marks[operator_id] = at
                counted += 1
        conn.executemany(
            "INSERT INTO keying_day(operator_id, day, lines, seconds) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(operator_id, day) DO UPDATE SET lines = lines + excluded.lines, "
            "seconds = seconds + excluded.seconds",
            [(o, d, int(v[0]), v[1]) for (o, d), v in days.items()],
        )
        conn.executemany(
            "INSERT INTO keying_mark(operator_id, last_at) VALUES (?, ?) "
            "ON CONFLICT(operator_id) DO UPDATE SET last_at = excluded.last_at",
            list(marks.items()),
        )
        set_meta(db, UPTO, str(top))
    return counted


def keying_days(db: Database) -> list[tuple[int, str, int, float]]:
    """(operator id, local day, lines, keying seconds), by operator and day."""
    rows = db.query("SELECT operator_id, day, lines, seconds FROM keying_day ORDER BY 1, 2")
    return [(int(r[0]), str(r[1]), int(r[2]), float(r[3])) for r in rows]


def corrected_days(db: Database) -> dict[tuple[int, str], int]:
    """{(operator id, local day keyed): lines of theirs saved again since}."""
    rows = db.query(
        "SELECT operator_id, date(created_at, 'localtime'), count(*) FROM signature_line "
        "WHERE version > 1 AND deleted = 0 AND operator_id IS NOT NULL GROUP BY 1, 2"
    )
    return {(int(r[0]), str(r[1])): int(r[2]) for r in rows}


def operator_names(db: Database) -> dict[int, tuple[str, str]]:
    """{operator id: (name, office code)} of every operator, of every office."""
    rows = db.query(
        "SELECT o.id, o.name, f.code FROM operator o JOIN office f ON f.id = o.office_id"
    )
    return {int(r[0]): (str(r[1]), str(r[2])) for r in rows}


__all__ = ["corrected_days", "keying_days", "operator_names", "refresh"]
