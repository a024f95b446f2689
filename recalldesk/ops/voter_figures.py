"""The registrar's table predicted from the voter file: for the drive, by office and by
circulator (the dashboard's "Voter file" tab, ``report --json``)."""

from __future__ import annotations

from dataclasses import dataclass

from recalldesk.core.breakdown import stands_out
from recalldesk.core.counting import standing
from recalldesk.core.predicted import Category, PredictedTally, category
from recalldesk.ops.workspace import Workspace
from recalldesk.store import voter_figures as store
from recalldesk.store import voter_match
from recalldesk.store import voters as voter_store
from recalldesk.store.voters import VoterFile


@dataclass(slots=True)
class PredictedGroup:
    key: str  # office code or circulator uuid
    label: str
    tally: PredictedTally
    stands_out: bool = False  # far more "not registered" than everyone else


@dataclass(frozen=True, slots=True)
class PredictedFigures:
    file: VoterFile | None  # the current voter file (None: none imported)
    matched: int  # lines with a predicted verdict
    drive: PredictedTally
    groups: list[PredictedGroup]  # by office or by circulator, most raw first

    @property
    def valid(self) -> int:
        return self.drive.valid


def predicted(ws: Workspace, kind: str = "office") -> PredictedFigures:
    """Every raw signature in the registrar's categories, predicted, by office or by
    circulator (``kind``). A few seconds at county scale: call it from a worker with
    ``ws.reader()``."""
    db = ws.db
    with db.snapshot() as conn:
        current = [f for f in voter_store.files(db) if f.current]
        groups: dict[str, PredictedGroup] = {}
        drive = PredictedTally()
        for key, label, mark, severity, voided, repeat, outside, status, n in store.grouped(
            conn, kind
        ):
            found = category(standing(mark, severity, bool(voided), bool(repeat)), status,
                             bool(outside))  # fmt: skip
            group = groups.setdefault(key, PredictedGroup(key, label, PredictedTally()))
            group.tally.add(found, n)
            drive.add(found, n)
        for key, n in store.voters_counted_twice(conn, kind):
            groups[key].tally.move(Category.VALID, Category.SIGNED_MORE_THAN_ONCE, n)
            drive.move(Category.VALID, Category.SIGNED_MORE_THAN_ONCE, n)
        matched = voter_match.matched_count(conn)
    overall = drive.share(Category.NOT_REGISTERED)
    for group in groups.values():
        group.stands_out = stands_out(
            group.tally.share(Category.NOT_REGISTERED), group.tally.raw, overall, high=True
        )
    ordered = sorted(groups.values(), key=lambda g: (-g.tally.raw, g.label))
    return PredictedFigures(current[0] if current else None, matched, drive, ordered)


__all__ = ["PredictedFigures", "PredictedGroup", "predicted"]
