"""Settling the voter matches the matcher left to a person (central office).

A line is listed when two voters fit it about equally and not every one is
registered (*ambiguous*), or when more than one voter fits at all (which one
matters to the duplicate search). The coordinator sees the candidate voters
— looked up again as the matcher looks them up: everyone registered at the
line's address, else the line's name in its ZIP — and picks one, or "none of
these". The verdict then follows the voter picked: registered there (active
or inactive), at a different address, or canceled; "none of these" is *not
found*. The review is audited and stands until the line changes: the next
match of a changed line clears it.
"""

from __future__ import annotations

from dataclasses import dataclass

from recalldesk.core.matching.record import NO_KEY, MatchRecord, make_record
from recalldesk.core.matching.score import compare
from recalldesk.core.matching.voter_keys import address_key, name_key
from recalldesk.core.matching.voter_verdict import AT_ADDRESS, Predicted
from recalldesk.core.messages import msg
from recalldesk.core.records import Actor
from recalldesk.ops.base import Changes, Done, Permission, refuse
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.store import voter_review as store
from recalldesk.store.connection import Database
from recalldesk.store.voter_review import ReviewLine, VoterRow

MAX_CANDIDATES = 9  # keys 1..9 pick one
REVIEWED = "reviewed"  # reason code added when a person settles the match
_REGISTERED = ("active", "inactive")  # an inactive voter is still registered


@dataclass(frozen=True, slots=True)
class Candidate:
    """A voter who may be the line's signer, as the voter file has them (normalized)."""

    voter: int  # the voter's row id
    voter_id: str  # the county's id
    first: str
    middle: str
    last: str  # family names with any suffix ("garcia jr")
    number: str
    street: str
    unit: str
    city: str
    zip5: str
    status: str  # "active", "inactive", "canceled"
    registered_on: str | None
    score: float  # the duplicate matcher's score against the line, units aside
    at_address: bool  # registered at the address the line gives (or a slip of it)
    chosen: bool  # the one the matcher picked


def to_review(ws: Workspace) -> list[ReviewLine]:
    """The lines to review, by section serial and line number."""
    return store.to_review(ws.db)


def count_to_review(ws: Workspace) -> int:
    return store.count_to_review(ws.db)


def predicted_counts(ws: Workspace) -> dict[str, int]:
    """Matched lines by predicted status (core.matching.voter_verdict.Predicted)."""
    return store.predicted_counts(ws.db)


def _record(line: ReviewLine) -> MatchRecord:
    # As the matcher builds it: units aside (a unit decides nothing about registration).
    return make_record(
        line.line_id, line.first_name, line.last_name, line.street_number, line.street_name,
        "", line.city, line.zip_code,
    )  # fmt: skip


def _candidate(
    record: MatchRecord, row: VoterRow, at_address: bool, chosen: int | None
) -> Candidate:
    voter = MatchRecord(*row[:12])
    score = compare(record, voter).score
    last = f"{voter.last} {voter.suffix}" if voter.suffix else voter.last
    return Candidate(
        row[0], row[12], voter.first, voter.middle, last, voter.number, voter.street, row[13],
        voter.city, voter.zip5, row[14], row[15], round(score, 1),
        at_address or score >= AT_ADDRESS, row[0] == chosen,
    )  # fmt: skip


def find_candidates(db: Database, line: ReviewLine) -> list[Candidate]:
    """The voters who may be the line's signer, the likeliest first (at most MAX_CANDIDATES):
    those at the line's address who fit it; else its name in its ZIP; else everyone
    registered at the address. The matcher's pick is always among them."""
    record = _record(line)
    key = address_key(record)
    at = store.voters_with_key(db, "ka", key) if key != NO_KEY else []
    found = [_candidate(record, row, True, line.voter) for row in at]
    fits = [c for c in found if c.score >= AT_ADDRESS]
    if not fits:
        key = name_key(record)
        by_name = store.voters_with_key(db, "kn", key) if key != NO_KEY else []
        known = {c.voter for c in found}
        named = [
            _candidate(record, row, False, line.voter) for row in by_name if row[0] not in known
        ]
        fits = named or found
    if line.voter is not None and all(c.voter != line.voter for c in fits):
        row = store.voter(db, line.voter)
        if row is not None:
            fits.append(_candidate(record, row, False, line.voter))
    fits.sort(key=lambda c: (not c.chosen, -c.score, c.voter))
    return fits[:MAX_CANDIDATES]


def candidates(ws: Workspace, line_id: int) -> list[Candidate]:
    """The candidate voters for the matched line ``line_id``."""
    line = store.line(ws.db, line_id)
    if line is None:
        raise refuse("voters.not_to_review")
    return find_candidates(ws.db, line)


def status_for(candidate: Candidate | None) -> Predicted:
    """The verdict that follows from the voter a person picked (None: none of these)."""
    if candidate is None:
        return Predicted.NOT_FOUND
    if candidate.status not in _REGISTERED:
        return Predicted.CANCELED
    return Predicted.REGISTERED if candidate.at_address else Predicted.DIFFERENT_ADDRESS


def decide(ws: Workspace, actor: Actor, line_id: int, voter: int | None) -> Done[ReviewLine]:
    """Settle the line's match: ``voter`` (a candidate's row id) is the signer, or None
    when none of the candidates is."""
    with ws.change(actor, Permission.VOTER_FILE) as db:
        line = store.line(db, line_id)
        if line is None:
            raise refuse("voters.not_to_review")
        picked = None
        if voter is not None:
            picked = next((c for c in find_candidates(db, line) if c.voter == voter), None)
            if picked is None:
                raise refuse("voters.not_a_candidate")
        status = status_for(picked)
        codes = [c for c in line.reasons.split() if c != REVIEWED]
        reasons = " ".join([*codes, REVIEWED])
        store.decide(db.conn, line_id, status.value, voter, reasons, actor.operator)
        audit.record(
            db.conn, actor, "update", "voter_match", line.uuid,
            {"status": [line.status, status.value], "voter": [line.voter, voter]},
            msg("audit.voter_review", status=status.value),
        )  # fmt: skip
        settled = store.line(db, line_id)
    assert settled is not None
    return Done(settled, Changes(figures=True))


__all__ = [
    "MAX_CANDIDATES",
    "REVIEWED",
    "Candidate",
    "ReviewLine",
    "candidates",
    "count_to_review",
    "decide",
    "find_candidates",
    "predicted_counts",
    "status_for",
    "to_review",
]
