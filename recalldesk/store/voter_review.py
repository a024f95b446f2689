"""The lines whose voter match a person must settle, their candidate voters, the decision.

A line is to review when its predicted verdict is *ambiguous*, or when more
than one voter at its address fits it (which one matters to the duplicate
search; namesakes elsewhere in the ZIP of a line "not found" are not), and
nobody has reviewed it since it was last matched (``voter_match`` is written
by store.voter_match; a re-match of a changed line clears ``reviewed_by``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from recalldesk.store.connection import Database

_TO_REVIEW = (
    "(m.status = 'ambiguous' OR (m.status = 'registered' AND m.candidates > 1)) "
    "AND m.reviewed_by IS NULL AND l.deleted = 0"
)


@dataclass(frozen=True, slots=True)
class ReviewLine:
    line_id: int
    uuid: str
    serial: str
    line_number: int
    first_name: str
    last_name: str
    street_number: str
    street_name: str
    unit: str
    city: str
    zip_code: str
    status: str  # the predicted status (core.matching.voter_verdict.Predicted)
    voter: int | None  # the voter's row id the matcher chose
    score: float
    reasons: str  # reason codes, space-separated
    candidates: int
    reviewed_by: str | None


_SELECT = (
    "SELECT l.id, l.uuid, s.serial, l.line_number, l.first_name, l.last_name, "
    "l.street_number, l.street_name, l.unit, l.city, l.zip_code, m.status, m.voter, m.score, "
    "m.reasons, m.candidates, m.reviewed_by FROM voter_match m "
    "JOIN signature_line l ON l.id = m.line_id JOIN section s ON s.id = l.section_id"
)


def to_review(db: Database, limit: int = 5000) -> list[ReviewLine]:
    """Lines to review, by section serial and line number."""
    rows = db.query(
        f"{_SELECT} WHERE {_TO_REVIEW} ORDER BY s.serial, l.line_number LIMIT ?", (limit,)
    )
    return [ReviewLine(*r) for r in rows]


def count_to_review(db: Database) -> int:
    return int(
        db.scalar(
            "SELECT count(*) FROM voter_match m JOIN signature_line l ON l.id = m.line_id "
            f"WHERE {_TO_REVIEW}"
        )
    )


def line(db: Database, line_id: int) -> ReviewLine | None:
    """One matched line (reviewed or not)."""
    rows = db.query(f"{_SELECT} WHERE m.line_id = ?", (line_id,))
    return ReviewLine(*rows[0]) if rows else None


# A voter: its row id, its MatchRecord fields after ``ref`` (the unit left empty, as
# the matcher compares them), then the voter id, the unit, status and registration date.
VoterRow = tuple[int, str, str, str, str, str, str, str, str, str, str, str, str, str, str,
                 str | None]  # fmt: skip
_VOTER = (
    "SELECT id, first, middle, last, surname, suffix, number, street, street_core, '', zip5, "
    "city, voter_id, unit, status, registered_on FROM voter"
)


def voters_with_key(db: Database, column: str, key: int) -> list[VoterRow]:
    """The voters whose key ``column`` ("ka" the address, "kn" the name in the ZIP) is ``key``."""
    assert column in ("ka", "kn")
    return [tuple(r) for r in db.query(f"{_VOTER} WHERE {column} = ?", (key,))]


def voter(db: Database, voter_id: int) -> VoterRow | None:
    rows = db.query(f"{_VOTER} WHERE id = ?", (voter_id,))
    return tuple(rows[0]) if rows else None


def decide(
    conn: sqlite3.Connection,
    line_id: int,
    status: str,
    voter_id: int | None,
    reasons: str,
    reviewed_by: str,
) -> None:
    """Record a person's review of the line's match (it stands until the line changes)."""
    conn.execute(
        "UPDATE voter_match SET status = ?, voter = ?, reasons = ?, reviewed_by = ? "
        "WHERE line_id = ?",
        (status, voter_id, reasons, reviewed_by, line_id),
    )


def predicted_counts(db: Database) -> dict[str, int]:
    """Every matched line's predicted status, counted."""
    return {str(r[0]): int(r[1]) for r in db.query("SELECT status, count(*) FROM voter_match "
                                                   "GROUP BY 1")}  # fmt: skip


__all__ = [
    "ReviewLine",
    "VoterRow",
    "count_to_review",
    "decide",
    "line",
    "predicted_counts",
    "to_review",
    "voter",
    "voters_with_key",
]
