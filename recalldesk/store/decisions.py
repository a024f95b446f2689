"""Central's decisions about lines, kept in central's own table.

A coordinator who finds the same signer on two lines (often at two
offices) records it here. The lines themselves belong to the offices that
keyed them and are never edited by central, so a decision can never collide
with an office's edit; the offices learn of it from their next digest.
"""

from __future__ import annotations

from dataclasses import dataclass

from recalldesk.core.messages import MessageError, msg
from recalldesk.core.records import Actor
from recalldesk.store import audit
from recalldesk.store.connection import Database

DUPLICATE = "duplicate"
NOT_DUPLICATE = "not_duplicate"


@dataclass(frozen=True, slots=True)
class DuplicateDecision:
    line_uuid: str
    other_line_uuid: str
    decision: str
    decided_by: str
    decided_at: str


def decide_duplicate(
    db: Database, actor: Actor, line_uuid: str, other_line_uuid: str, decision: str = DUPLICATE
) -> DuplicateDecision:
    """Record (or change) the decision about a pair of lines; audited as a note."""
    if decision not in (DUPLICATE, NOT_DUPLICATE):
        raise ValueError(f"a decision is {DUPLICATE!r} or {NOT_DUPLICATE!r}, not {decision!r}")
    first, second = sorted((line_uuid.strip().lower(), other_line_uuid.strip().lower()))
    if first == second:
        raise MessageError(msg("duplicate.same_line"))
    now = audit.now_iso()
    with db.transaction() as conn:
        found = conn.execute(
            "SELECT count(*) FROM signature_line WHERE uuid IN (?, ?)", (first, second)
        ).fetchone()[0]
        if found != 2:
            raise MessageError(msg("duplicate.lines_missing"))
        conn.execute(
            "INSERT INTO duplicate_decision(line_uuid, other_line_uuid, decision, decided_by, "
            "decided_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(line_uuid, other_line_uuid) DO "
            "UPDATE SET decision = excluded.decision, decided_by = excluded.decided_by, "
            "decided_at = excluded.decided_at",
            (first, second, decision, actor.operator, now),
        )
        audit.record(
            conn, actor, "note", "duplicate_decision", first,
            {"other_line_uuid": second, "decision": decision}, at=now,
        )  # fmt: skip
    return DuplicateDecision(first, second, decision, actor.operator, now)


def list_decisions(db: Database) -> list[DuplicateDecision]:
    rows = db.query(
        "SELECT line_uuid, other_line_uuid, decision, decided_by, decided_at "
        "FROM duplicate_decision ORDER BY decided_at, id"
    )
    return [DuplicateDecision(*r) for r in rows]
