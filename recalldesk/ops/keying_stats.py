"""Operator statistics (issue 14): speed and accuracy, per operator and day.

- **Lines keyed**: lines the operator saved first (deleted ones too: the work
  was done).
- **Keying time**: the gaps between one operator's saves; a gap longer than
  :data:`IDLE_GAP` counts nothing (a break, a lunch, the end of a shift is not
  keying). A shift's first line adds nothing: its start is not known.
- **Lines per hour**: lines over keying time, once there are at least
  :data:`MIN_SECONDS` of it.
- **Fields in error per 1,000**: from verification (core.verification): a
  field the paper proved wrong in their first keying, or in their re-keying.
- **Corrected later**: their lines saved again after the first time (by anyone:
  an edit, a verification's correction).
Days are the computer's local calendar days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from recalldesk.core.verification import errors_per_thousand, share_for
from recalldesk.ops import verification
from recalldesk.ops.workspace import Workspace
from recalldesk.store import keying_stats as store
from recalldesk.store import verification as verification_store

IDLE_GAP = 300.0  # seconds: a longer pause between two saves is not keying
MIN_SECONDS = 60.0


@dataclass(slots=True)
class OperatorDay:
    operator_id: int
    name: str
    office: str
    day: date
    lines: int = 0
    seconds: float = 0.0
    corrected: int = 0

    @property
    def per_hour(self) -> float | None:
        return 3600.0 * self.lines / self.seconds if self.seconds >= MIN_SECONDS else None


@dataclass(slots=True)
class OperatorTotal:
    operator_id: int
    name: str
    office: str
    lines: int = 0
    seconds: float = 0.0
    corrected: int = 0
    errors: int = 0
    fields: int = 0
    days: list[OperatorDay] = field(default_factory=list)

    @property
    def per_hour(self) -> float | None:
        return 3600.0 * self.lines / self.seconds if self.seconds >= MIN_SECONDS else None

    @property
    def per_thousand(self) -> float | None:
        return errors_per_thousand(self.errors, self.fields)


@dataclass(frozen=True, slots=True)
class Statistics:
    operators: list[OperatorTotal]
    base_share: float

    def share_of(self, total: OperatorTotal) -> float:
        """The share of this operator's sections verified now (the adaptive rule)."""
        return share_for(self.base_share, total.per_thousand)


class _LocalDays:
    """UTC stamps to local calendar days, the offset looked up once per UTC hour."""

    def __init__(self) -> None:
        self._hours: dict[str, date] = {}

    def day(self, stamp: str) -> date:
        hour = stamp[:13]
        found = self._hours.get(hour)
        if found is None:
            found = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().date()
            self._hours[hour] = found
        return found


def _seconds(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def statistics(ws: Workspace) -> Statistics:
    """Every operator's figures (at central, every office's operators), busiest first."""
    names = store.operator_names(ws.db)
    totals: dict[int, OperatorTotal] = {}
    days: dict[tuple[int, date], OperatorDay] = {}
    local = _LocalDays()
    last: tuple[int, float] | None = None
    for operator_id, created_at, version in store.keying_log(ws.db):
        name, office = names.get(operator_id, ("?", ""))
        total = totals.get(operator_id)
        if total is None:
            total = totals[operator_id] = OperatorTotal(operator_id, name, office)
        day = local.day(created_at)
        entry = days.get((operator_id, day))
        if entry is None:
            entry = days[(operator_id, day)] = OperatorDay(operator_id, name, office, day)
            total.days.append(entry)
        at = _seconds(created_at)
        if last is not None and last[0] == operator_id and 0 <= at - last[1] <= IDLE_GAP:
            entry.seconds += at - last[1]
            total.seconds += at - last[1]
        last = (operator_id, at)
        entry.lines += 1
        total.lines += 1
        if version > 1:
            entry.corrected += 1
            total.corrected += 1
    for operator_id, (errors, fields_compared) in verification_store.errors_by_operator(
        ws.db
    ).items():
        if operator_id not in totals:
            name, office = names.get(operator_id, ("?", ""))
            totals[operator_id] = OperatorTotal(operator_id, name, office)
        totals[operator_id].errors = errors
        totals[operator_id].fields = fields_compared
    ordered = sorted(totals.values(), key=lambda t: (-t.lines, t.name))
    return Statistics(ordered, verification.rules(ws).share)


__all__ = ["IDLE_GAP", "OperatorDay", "OperatorTotal", "Statistics", "statistics"]
