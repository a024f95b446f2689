"""Digests: what central tells each office, and what an office keeps of it.

Central side: the offices' standing and the decisions about one office's
lines, as text rows for the digest's sheets. Office side: the newest digest
imported (figures and standing as JSON) and central's decisions about its
lines, replaced whole by each newer digest.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from recalldesk.core.counting import Tally
from recalldesk.core.messages import msg
from recalldesk.core.progress import progress_of
from recalldesk.core.records import Actor, Campaign
from recalldesk.store import audit, stats
from recalldesk.store.connection import Database
from recalldesk.store.stats import REPEAT_SQL


def campaign_rows(
    conn: sqlite3.Connection, campaign: Campaign, today: date
) -> list[tuple[str, str | int | float]]:
    """Campaign-wide figures and progress: the Campaign sheet's ``figure | value`` rows.

    Counts are ints and the share of the requirement a float (a number cell, shown
    as a percentage); the rest is text.
    """
    figures = stats.figures(conn)
    progress = progress_of(campaign, figures.tally, today)
    still = progress.raw_still_needed
    return [
        ("campaign", campaign.name),
        ("required_signatures", campaign.required_signatures),
        ("filing_deadline", campaign.filing_deadline.isoformat()),
        ("days_left", progress.days_left),
        ("lines_keyed", figures.total_lines),
        ("raw_signatures", figures.raw_signatures),
        ("ruled_out_by_checks", figures.lines_with_errors),
        ("on_void_sections", figures.lines_in_void_sections),
        ("signed_more_than_once", figures.repeats),
        ("clean_signatures", progress.clean),
        ("estimated_valid", progress.estimated_valid),
        ("share_of_requirement", round(progress.share_of_requirement, 6)),
        ("raw_still_needed", "" if still is None else still),
        ("offices", len(figures.offices)),
        ("packets_merged", packets_merged(conn)),
        ("as_of", today.isoformat()),
    ]


def standing_rows(conn: sqlite3.Connection, exclude: str = "") -> list[tuple[str | int, ...]]:
    """Every live office ranked by raw signatures: the Standing sheet's rows.

    Columns: rank, code, name, sections, lines, raw signatures, ruled out,
    packets merged, last packet received.
    """
    tallies: dict[int, Tally] = {}
    for office_id, mark, severity, voided, repeat, n in conn.execute(
        "SELECT s.office_id, l.mark, l.severity, s.voided, " + REPEAT_SQL + ", count(*) "
        "FROM signature_line l JOIN section s ON s.id = l.section_id "
        "WHERE l.deleted = 0 AND s.deleted = 0 GROUP BY 1, 2, 3, 4, 5"
    ):
        tallies.setdefault(office_id, Tally()).add(mark, severity, bool(voided), n, bool(repeat))
    rows = []
    for office_id, code, name, n_sections, packets, last in conn.execute(
        "SELECT o.id, o.code, o.name, "
        " (SELECT count(*) FROM section s WHERE s.office_id = o.id AND s.deleted = 0), "
        " (SELECT count(*) FROM sync_packet p WHERE p.office_code = o.code), "
        " (SELECT coalesce(max(p.received_at), '') FROM sync_packet p "
        "   WHERE p.office_code = o.code) "
        "FROM office o WHERE o.deleted = 0 AND o.code != ?",
        (exclude,),
    ):
        tally = tallies.get(office_id, Tally())
        rows.append(
            (code, name, n_sections, tally.lines, tally.raw, tally.ruled_out, packets,
             _readable(last))
        )  # fmt: skip
    rows.sort(key=lambda r: (-int(r[4]), str(r[0])))
    return [(rank, *row) for rank, row in enumerate(rows, start=1)]


def _readable(stamp: str) -> str:
    """``2022-05-01T10:03:11.512Z`` -> ``2022-05-01 10:03 UTC`` (what a person reads)."""
    return f"{stamp[:10]} {stamp[11:16]} UTC" if len(stamp) >= 16 else stamp


def decision_rows(conn: sqlite3.Connection, office_code: str) -> list[tuple[str, ...]]:
    """Central's decisions about ``office_code``'s lines: the Decisions sheet's rows."""
    cursor = conn.execute(
        "WITH pairs AS ("
        "  SELECT line_uuid AS mine, other_line_uuid AS other, decision, decided_at "
        "  FROM duplicate_decision "
        "  UNION ALL SELECT other_line_uuid, line_uuid, decision, decided_at "
        "  FROM duplicate_decision) "
        "SELECT p.mine, s.serial, CAST(l.line_number AS TEXT), p.decision, p.other, "
        "       oo.code, os.serial, CAST(ol.line_number AS TEXT), p.decided_at "
        "FROM pairs p "
        "JOIN signature_line l ON l.uuid = p.mine JOIN section s ON s.id = l.section_id "
        "JOIN office o ON o.id = s.office_id "
        "JOIN signature_line ol ON ol.uuid = p.other JOIN section os ON os.id = ol.section_id "
        "JOIN office oo ON oo.id = os.office_id "
        "WHERE o.code = ? ORDER BY s.serial, l.line_number, p.other",
        (office_code,),
    )
    return [tuple(str(v) for v in row) for row in cursor]


def offices_for_digest(conn: sqlite3.Connection, exclude: str) -> list[str]:
    rows = conn.execute(
        "SELECT code FROM office WHERE deleted = 0 AND code != ? ORDER BY code", (exclude,)
    )
    return [str(r[0]) for r in rows]


def packets_merged(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_packet").fetchone()[0])


# --- office side -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DigestView:
    """The newest digest an office imported."""

    sequence: int
    created_at: str
    imported_at: str
    figures: dict[str, str]
    standing: list[dict[str, str]]


@dataclass(frozen=True, slots=True)
class CentralDecision:
    """Central's decision about one of this office's lines, with the other line's reference."""

    line_uuid: str
    serial: str
    line_number: int
    decision: str
    other_line_uuid: str
    other_office: str
    other_serial: str
    other_line_number: int
    decided_at: str


def latest_sequence(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(sequence), 0) FROM central_digest"))


def save_digest(
    db: Database,
    actor: Actor,
    *,
    sequence: int,
    file_name: str,
    sha256: str,
    created_at: str,
    figures: dict[str, str],
    standing: list[dict[str, str]],
    decisions: Sequence[Sequence[str]],
) -> None:
    """Keep a newer digest: its figures, and central's decisions replacing the old ones."""
    with db.transaction() as conn:
        now = audit.now_iso()
        cursor = conn.execute(
            "INSERT INTO central_digest(sequence, file_name, sha256, created_at, imported_at, "
            "figures, standing) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                sequence, file_name, sha256, created_at, now,
                json.dumps(figures, ensure_ascii=False), json.dumps(standing, ensure_ascii=False),
            ),
        )  # fmt: skip
        digest_id = int(cursor.lastrowid or 0)
        conn.execute("DELETE FROM central_decision")
        conn.executemany(
            "INSERT INTO central_decision(line_uuid, serial, line_number, decision, "
            "other_line_uuid, other_office, other_serial, other_line_number, decided_at, "
            "digest_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, digest_id) for row in decisions],
        )
        audit.record(
            conn, actor, "bulk", "digest", "",
            {"file": file_name, "sequence": sequence, "decisions": len(decisions)},
            msg("audit.digest_imported", sequence=sequence), at=now,
        )  # fmt: skip


def latest_digest(db: Database) -> DigestView | None:
    rows = db.query(
        "SELECT sequence, created_at, imported_at, figures, standing FROM central_digest "
        "ORDER BY sequence DESC LIMIT 1"
    )
    if not rows:
        return None
    r = rows[0]
    figures: dict[str, str] = json.loads(r["figures"])
    standing: list[dict[str, Any]] = json.loads(r["standing"])
    return DigestView(r["sequence"], r["created_at"], r["imported_at"], figures, standing)


def central_decisions(
    db: Database, line_uuid: str | None = None, *, serial: str | None = None
) -> list[CentralDecision]:
    """Central's decisions about this office's lines (one line, or one section's), in order."""
    where: str
    params: tuple[str, ...]
    if line_uuid:
        where, params = "WHERE line_uuid = ?", (line_uuid,)
    elif serial is not None:
        where, params = "WHERE serial = ?", (serial,)
    else:
        where, params = "", ()
    rows = db.query(
        "SELECT line_uuid, serial, line_number, decision, other_line_uuid, other_office, "
        f"other_serial, other_line_number, decided_at FROM central_decision {where} "
        "ORDER BY serial, line_number, other_line_uuid",
        params,
    )
    return [CentralDecision(*r) for r in rows]
