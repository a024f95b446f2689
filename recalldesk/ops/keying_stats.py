"""Operator statistics (issue 14): speed and accuracy, per operator and day.

- **Lines keyed**: lines the operator saved first (deleted ones too: the work
  was done).
- **Keying time**: the gaps between one operator's saves; a gap longer than
  :data:`IDLE_GAP` counts nothing (a break, a lunch, the end of a shift is not
  keying). A shift's first line adds nothing: its start is not known.
- **Lines per hour**: lines over keying time, once there are at least
  :data:`MIN_SECONDS` of it.
- **Fields in error per 1,000**: from verification (core.verification): a
  field the paper proved wrong in their first keying, or in their re-keying,
  counted on the day of the keying it judges (the day they keyed the line).
  At central, the offices' figures as their packets last reported them
  (store.keying_reports): verification stays at the office that did it.
- **Corrected later**: their lines saved again after the first time (by anyone:
  an edit, a verification's correction).
Days are the computer's local calendar days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from recalldesk.core.verification import errors_per_thousand, share_for
from recalldesk.ops import verification
from recalldesk.ops.workspace import Workspace
from recalldesk.store import keying_reports
from recalldesk.store import keying_stats as store
from recalldesk.store import verification as verification_store

IDLE_GAP = 300.0  # seconds: a longer pause between two saves is not keying
MIN_SECONDS = 60.0


def _per_hour(lines: int, seconds: float) -> float | None:
    """Lines over keying time, once there is enough time to say (:data:`MIN_SECONDS`)."""
    return 3600.0 * lines / seconds if seconds >= MIN_SECONDS else None


@dataclass(slots=True)
class _Figures:
    """One operator's keying figures, for a day or in all."""

    operator_id: int
    name: str
    office: str
    lines: int = 0
    seconds: float = 0.0
    corrected: int = 0
    errors: int = 0  # fields in error of the keying done (verification)
    fields: int = 0  # …of the fields of it compared

    @property
    def per_hour(self) -> float | None:
        return _per_hour(self.lines, self.seconds)

    @property
    def per_thousand(self) -> float | None:
        return errors_per_thousand(self.errors, self.fields)


@dataclass(slots=True)
class OperatorDay(_Figures):
    day: date = date.min


@dataclass(slots=True)
class OperatorTotal(_Figures):
    days: list[OperatorDay] = field(default_factory=list)

    def add(self, day: OperatorDay) -> None:
        """Count ``day`` in the totals, and keep it among the days."""
        self.days.append(day)
        self.lines += day.lines
        self.seconds += day.seconds
        self.corrected += day.corrected
        self.errors += day.errors
        self.fields += day.fields


@dataclass(frozen=True, slots=True)
class Statistics:
    operators: list[OperatorTotal]
    base_share: float

    def share_of(self, total: OperatorTotal) -> float:
        """The share of this operator's sections verified now (the adaptive rule)."""
        return share_for(self.base_share, total.per_thousand)


def statistics(ws: Workspace) -> Statistics:
    """Every operator's figures (at central, every office's operators), busiest first.

    Counts the lines added since the last call first (store.keying_stats), so
    it writes: the window calls it on a second, writable connection.
    """
    store.refresh(ws.db, IDLE_GAP)
    names = store.operator_names(ws.db)
    corrected = store.corrected_days(ws.db)
    totals: dict[int, OperatorTotal] = {}

    def total_of(operator_id: int) -> OperatorTotal:
        found = totals.get(operator_id)
        if found is None:
            name, office = names.get(operator_id, ("?", ""))
            found = totals[operator_id] = OperatorTotal(operator_id, name, office)
        return found

    days: dict[tuple[int, str], OperatorDay] = {}

    def day_of(operator_id: int, day: str) -> OperatorDay:
        found = days.get((operator_id, day))
        if found is None:
            total = total_of(operator_id)
            found = days[(operator_id, day)] = OperatorDay(
                operator_id, total.name, total.office, day=date.fromisoformat(day)
            )
        return found

    for operator_id, day, count, seconds in store.keying_days(ws.db):
        entry = day_of(operator_id, day)
        entry.lines, entry.seconds = count, seconds
        entry.corrected = corrected.get((operator_id, day), 0)
    for (operator_id, day), (wrong, compared) in verification_store.errors_by_day(ws.db).items():
        entry = day_of(operator_id, day)
        entry.errors, entry.fields = wrong, compared
    for (operator_id, _), entry in sorted(days.items()):
        total_of(operator_id).add(entry)
    for operator_id, (wrong, compared, _) in keying_reports.by_operator(ws.db).items():
        total = total_of(operator_id)
        total.errors += wrong
        total.fields += compared
    ordered = sorted(totals.values(), key=lambda t: (-t.lines, t.name))
    return Statistics(ordered, verification.rules(ws).share)


__all__ = ["IDLE_GAP", "OperatorDay", "OperatorTotal", "Statistics", "statistics"]
