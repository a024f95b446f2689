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
    repeat_uuid: str | None = None  # for a duplicate: the line that does not count


def decide_duplicate(
    db: Database,
    actor: Actor,
    line_uuid: str,
    other_line_uuid: str,
    decision: str = DUPLICATE,
    *,
    repeat_uuid: str | None = None,
) -> DuplicateDecision:
    """Record (or change) the decision about a pair of lines; audited as a note.

    For a duplicate, ``repeat_uuid`` is the line that does not count (by
    default the one keyed later: one of a person's signatures counts). The
    lines' versions are kept, so a later change to either reopens the question.
    """
    if decision not in (DUPLICATE, NOT_DUPLICATE):
        raise ValueError(f"a decision is {DUPLICATE!r} or {NOT_DUPLICATE!r}, not {decision!r}")
    first, second = sorted((line_uuid.strip().lower(), other_line_uuid.strip().lower()))
    if first == second:
        raise MessageError(msg("duplicate.same_line"))
    now = audit.now_iso()
    with db.transaction() as conn:
        found = {
            uuid: (version, created_at)
            for uuid, version, created_at in conn.execute(
                "SELECT uuid, version, created_at FROM signature_line WHERE uuid IN (?, ?)",
                (first, second),
            )
        }
        if len(found) != 2:
            raise MessageError(msg("duplicate.lines_missing"))
        repeat = None
        if decision == DUPLICATE:
            later = max((found[first][1], first), (found[second][1], second))[1]
            repeat = repeat_uuid.strip().lower() if repeat_uuid else later
            if repeat not in (first, second):
                raise ValueError("the repeat must be one of the two lines")
        conn.execute(
            "INSERT INTO duplicate_decision(line_uuid, other_line_uuid, decision, decided_by, "
            "decided_at, repeat_uuid, line_version, other_line_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(line_uuid, other_line_uuid) DO "
            "UPDATE SET decision = excluded.decision, decided_by = excluded.decided_by, "
            "decided_at = excluded.decided_at, repeat_uuid = excluded.repeat_uuid, "
            "line_version = excluded.line_version, "
            "other_line_version = excluded.other_line_version",
            (first, second, decision, actor.operator, now, repeat, found[first][0],
             found[second][0]),
        )  # fmt: skip
        audit.record(
            conn, actor, "note", "duplicate_decision", first,
            {"other_line_uuid": second, "decision": decision, "repeat_uuid": repeat}, at=now,
        )  # fmt: skip
    return DuplicateDecision(first, second, decision, actor.operator, now, repeat)


def undo_decision(db: Database, actor: Actor, line_uuid: str, other_line_uuid: str) -> bool:
    """Take a decision back (the pair is open again); audited. False if there was none."""
    first, second = sorted((line_uuid.strip().lower(), other_line_uuid.strip().lower()))
    with db.transaction() as conn:
        gone = conn.execute(
            "DELETE FROM duplicate_decision WHERE line_uuid = ? AND other_line_uuid = ?",
            (first, second),
        ).rowcount
        if gone:
            audit.record(
                conn, actor, "note", "duplicate_decision", first,
                {"other_line_uuid": second, "decision": [None, "taken back"]},
            )  # fmt: skip
    return bool(gone)


def list_decisions(db: Database) -> list[DuplicateDecision]:
    rows = db.query(
        "SELECT line_uuid, other_line_uuid, decision, decided_by, decided_at, repeat_uuid "
        "FROM duplicate_decision ORDER BY decided_at, id"
    )
    return [DuplicateDecision(*r) for r in rows]
