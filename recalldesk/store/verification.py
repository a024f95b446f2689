"""Verifications, their blind second keying and their discrepancies (schema v14)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from recalldesk.core.records import LineMark, SignatureLine
from recalldesk.core.verification import FIELDS, Difference
from recalldesk.store.connection import Database
from recalldesk.store.errors import translate_errors

_BLIND = ("first_name", "last_name", "street_number", "street_name", "unit", "city", "zip_code")


@dataclass(frozen=True, slots=True)
class Verification:
    id: int
    section_id: int
    serial: str
    reason: str
    first_operator_id: int | None
    first_operator: str
    verifier_id: int | None
    verifier: str
    status: str
    assigned_at: str
    assigned_by: str
    seed: int | None
    open_differences: int
    lost_reason: str


@dataclass(frozen=True, slots=True)
class Discrepancy:
    id: int
    verification_id: int
    line_number: int
    field: str
    first_value: str
    second_value: str
    chosen: str
    value: str
    blame: str
    decided_by: str
    decided_at: str


_SELECT = """
SELECT v.id, v.section_id, s.serial, v.reason, v.first_operator_id, coalesce(f.name, ''),
       v.verifier_id, coalesce(k.name, ''), v.status, v.assigned_at, v.assigned_by, v.seed,
       (SELECT count(*) FROM discrepancy d WHERE d.verification_id = v.id AND d.chosen = ''),
       v.lost_reason
FROM verification v
JOIN section s ON s.id = v.section_id
LEFT JOIN operator f ON f.id = v.first_operator_id
LEFT JOIN operator k ON k.id = v.verifier_id
"""


def _verification(row: sqlite3.Row) -> Verification:
    return Verification(*tuple(row))


def all_verifications(db: Database) -> list[Verification]:
    """Every verification, open ones first, then the newest."""
    rows = db.query(
        _SELECT + " ORDER BY v.status IN ('verified', 'lost'), v.assigned_at DESC, v.id DESC"
    )
    return [_verification(r) for r in rows]


def get_verification(db: Database, verification_id: int) -> Verification | None:
    rows = db.query(_SELECT + " WHERE v.id = ?", (verification_id,))
    return _verification(rows[0]) if rows else None


def live_for_section(db: Database, section_id: int) -> Verification | None:
    """The section's verification that is not lost (at most one is)."""
    rows = db.query(
        _SELECT + " WHERE v.section_id = ? AND v.status != 'lost' ORDER BY v.id DESC LIMIT 1",
        (section_id,),
    )
    return _verification(rows[0]) if rows else None


def sections_with_live_verification(db: Database) -> set[int]:
    rows = db.query("SELECT DISTINCT section_id FROM verification WHERE status != 'lost'")
    return {int(r[0]) for r in rows}


def add_verification(
    conn: sqlite3.Connection,
    section_id: int,
    reason: str,
    first_operator_id: int | None,
    seed: int | None,
    at: str,
    by: str,
) -> int:
    row = conn.execute(
        "INSERT INTO verification(section_id, reason, first_operator_id, seed, assigned_at, "
        "assigned_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (section_id, reason, first_operator_id, seed, at, by),
    ).fetchone()
    return int(row[0])


def set_state(
    conn: sqlite3.Connection,
    verification_id: int,
    status: str,
    *,
    verifier_id: int | None = None,
    settled_at: str = "",
    lost_reason: str = "",
) -> None:
    conn.execute(
        "UPDATE verification SET status = ?, verifier_id = coalesce(?, verifier_id), "
        "settled_at = CASE WHEN ? != '' THEN ? ELSE settled_at END, "
        "lost_reason = CASE WHEN ? != '' THEN ? ELSE lost_reason END WHERE id = ?",
        (status, verifier_id, settled_at, settled_at, lost_reason, lost_reason,
         verification_id),
    )  # fmt: skip


def keyers_of_section(db: Database, section_id: int) -> dict[int, int]:
    """{operator id: lines they keyed} for the section's live lines."""
    rows = db.query(
        "SELECT operator_id, count(*) FROM signature_line WHERE section_id = ? AND deleted = 0 "
        "AND operator_id IS NOT NULL GROUP BY operator_id",
        (section_id,),
    )
    return {int(r[0]): int(r[1]) for r in rows}


def closed_sections(db: Database, office_code: str) -> list[tuple[int, str, int | None]]:
    """(id, uuid, main keyer) of the office's sections keyed and closed, oldest first.

    The main keyer is the operator who keyed most of its lines (ties: the lower id).
    """
    rows = db.query(
        """
        SELECT s.id, s.uuid, (
            SELECT l.operator_id FROM signature_line l
            WHERE l.section_id = s.id AND l.deleted = 0 AND l.operator_id IS NOT NULL
            GROUP BY l.operator_id ORDER BY count(*) DESC, l.operator_id LIMIT 1)
        FROM section s
        WHERE s.origin_office = ? AND s.deleted = 0 AND s.voided = 0
          AND s.status IN ('keyed', 'verified')
        ORDER BY s.created_at, s.id
        """,
        (office_code,),
    )
    return [(int(r[0]), str(r[1]), None if r[2] is None else int(r[2])) for r in rows]


def save_blind_line(
    conn: sqlite3.Connection, verification_id: int, line: SignatureLine, at: str
) -> None:
    values = [getattr(line, name).strip() for name in _BLIND]
    conn.execute(
        f"INSERT INTO verify_line(verification_id, line_number, {', '.join(_BLIND)}, "
        "signature_present, mark, keyed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(verification_id, line_number) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in (*_BLIND, "signature_present", "mark",
                                                     "keyed_at")),
        (verification_id, line.line_number, *values, int(line.signature_present),
         str(line.mark), at),
    )  # fmt: skip


def blind_lines(db: Database, verification_id: int) -> dict[int, SignatureLine]:
    rows = db.query(
        f"SELECT line_number, {', '.join(_BLIND)}, signature_present, mark FROM verify_line "
        "WHERE verification_id = ? ORDER BY line_number",
        (verification_id,),
    )
    return {
        int(r[0]): SignatureLine(
            int(r[0]), first_name=str(r[1]), last_name=str(r[2]), street_number=str(r[3]),
            street_name=str(r[4]), unit=str(r[5]), city=str(r[6]), zip_code=str(r[7]),
            signature_present=bool(r[8]), mark=LineMark(str(r[9])),
        )
        for r in rows
    }  # fmt: skip


def add_discrepancies(
    conn: sqlite3.Connection,
    verification_id: int,
    found: list[Difference],
    first_operator_id: int | None,
    verifier_id: int | None,
) -> None:
    conn.executemany(
        "INSERT INTO discrepancy(verification_id, line_number, field, first_value, "
        "second_value, first_operator_id, verifier_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(verification_id, d.line_number, d.field, d.first, d.second, first_operator_id,
          verifier_id) for d in found],
    )  # fmt: skip


def discrepancies(db: Database, verification_id: int) -> list[Discrepancy]:
    rows = db.query(
        "SELECT id, verification_id, line_number, field, first_value, second_value, chosen, "
        "value, blame, decided_by, decided_at FROM discrepancy WHERE verification_id = ? "
        "ORDER BY line_number, id",
        (verification_id,),
    )
    return [Discrepancy(*tuple(r)) for r in rows]


def get_discrepancy(db: Database, discrepancy_id: int) -> Discrepancy | None:
    rows = db.query(
        "SELECT id, verification_id, line_number, field, first_value, second_value, chosen, "
        "value, blame, decided_by, decided_at FROM discrepancy WHERE id = ?",
        (discrepancy_id,),
    )
    return Discrepancy(*tuple(rows[0])) if rows else None


def decide(
    conn: sqlite3.Connection,
    discrepancy_id: int,
    chosen: str,
    value: str,
    blame: str,
    by: str,
    at: str,
) -> None:
    conn.execute(
        "UPDATE discrepancy SET chosen = ?, value = ?, blame = ?, decided_by = ?, "
        "decided_at = ? WHERE id = ?",
        (chosen, value, blame, by, at, discrepancy_id),
    )


def errors_in(conn: sqlite3.Connection) -> dict[int, tuple[int, int]]:
    """{operator id: (fields in error, fields compared)}: as first keyer and as verifier.

    A field is the first keyer's error when the paper said the second value (or a
    third); the verifier's when it said the first (or a third).
    """
    out: dict[int, list[int]] = {}
    compared = conn.execute(
        """
        SELECT v.first_operator_id, v.verifier_id, count(vl.line_number)
        FROM verification v JOIN verify_line vl ON vl.verification_id = v.id
        WHERE v.status IN ('differences', 'verified', 'lost')
        GROUP BY v.id
        """
    ).fetchall()
    for first, verifier, lines in compared:
        for who in (first, verifier):
            if who is not None:
                out.setdefault(int(who), [0, 0])[1] += int(lines) * len(FIELDS)
    blamed = conn.execute(
        "SELECT first_operator_id, verifier_id, blame, count(*) FROM discrepancy "
        "WHERE blame != '' GROUP BY first_operator_id, verifier_id, blame"
    ).fetchall()
    for first, verifier, blame, count in blamed:
        if blame in ("first", "both") and first is not None:
            out.setdefault(int(first), [0, 0])[0] += int(count)
        if blame in ("second", "both") and verifier is not None:
            out.setdefault(int(verifier), [0, 0])[0] += int(count)
    return {k: (v[0], v[1]) for k, v in out.items()}


_DONE = "v.status IN ('differences', 'verified', 'lost')"
# The local day of the keying a field judges: the first keyer's line, or the re-keyed one
# (when the first keying lacks the line, the day it was re-keyed).
_FIRST_DAY = (
    "coalesce((SELECT date(l.created_at, 'localtime') FROM signature_line l "
    "WHERE l.section_id = v.section_id AND l.line_number = {n} AND l.deleted = 0), "
    "date({keyed}, 'localtime'))"
)


def errors_by_day(db: Database) -> dict[tuple[int, str], tuple[int, int]]:
    """{(operator id, local day): (fields in error, fields compared)}, the parts of
    :func:`errors_in` on the day of the keying judged: the first keyer's fields on the
    day they keyed the line, the verifier's on the day they re-keyed it."""
    out: dict[tuple[int, str], list[int]] = {}

    def add(rows: list[sqlite3.Row], at: int) -> None:
        for who, day, count in rows:
            if who is not None:
                out.setdefault((int(who), str(day)), [0, 0])[at] += int(count)

    first_day = _FIRST_DAY.format(n="vl.line_number", keyed="vl.keyed_at")
    for who, day in (("v.first_operator_id", first_day),
                     ("v.verifier_id", "date(vl.keyed_at, 'localtime')")):  # fmt: skip
        add(db.query(
            f"SELECT {who}, {day}, count(*) * {len(FIELDS)} FROM verification v "
            f"JOIN verify_line vl ON vl.verification_id = v.id WHERE {_DONE} GROUP BY 1, 2"
        ), 1)  # fmt: skip
    judged = (
        "FROM discrepancy d JOIN verification v ON v.id = d.verification_id "
        "LEFT JOIN verify_line vl ON vl.verification_id = d.verification_id "
        "AND vl.line_number = d.line_number"
    )
    keyed = "coalesce(vl.keyed_at, d.decided_at)"
    add(db.query(
        f"SELECT d.first_operator_id, {_FIRST_DAY.format(n='d.line_number', keyed=keyed)}, "
        f"count(*) {judged} WHERE d.blame IN ('first', 'both') GROUP BY 1, 2"
    ), 0)  # fmt: skip
    add(db.query(
        f"SELECT d.verifier_id, date({keyed}, 'localtime'), count(*) {judged} "
        "WHERE d.blame IN ('second', 'both') GROUP BY 1, 2"
    ), 0)  # fmt: skip
    return {k: (v[0], v[1]) for k, v in out.items()}


def errors_by_operator(db: Database) -> dict[int, tuple[int, int]]:
    """:func:`errors_in` on the database's connection."""
    with translate_errors(str(db.path)):
        return errors_in(db.conn)


__all__ = [
    "Discrepancy",
    "Verification",
    "add_discrepancies",
    "add_verification",
    "all_verifications",
    "blind_lines",
    "closed_sections",
    "decide",
    "discrepancies",
    "errors_by_day",
    "errors_by_operator",
    "errors_in",
    "get_discrepancy",
    "get_verification",
    "keyers_of_section",
    "live_for_section",
    "save_blind_line",
    "sections_with_live_verification",
    "set_state",
]
