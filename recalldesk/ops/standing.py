"""The offices' standing, as central sees it: what arrived, what is missing, what waits.

Per office: the last packet received and how long ago, packets missing
(gaps in a device's numbering), merge conflicts still open, groups of
possible duplicates with a line of the office still to review, and its keying
quality: sections verified, and fields in error per 1,000 its verifications
compared (as its packets last reported them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from recalldesk.core.sync_gaps import Received, find_gaps
from recalldesk.core.verification import errors_per_thousand
from recalldesk.ops.workspace import Workspace
from recalldesk.store import dedupe, keying_reports, people, sync_conflicts, sync_ledger


@dataclass(frozen=True, slots=True)
class OfficeStanding:
    code: str
    name: str
    packets: int
    last_received_at: str  # UTC, "" when nothing arrived yet
    days_since: int | None
    missing_packets: int
    open_conflicts: int
    duplicates_to_review: int
    sections_verified: int = 0
    fields_compared: int = 0
    fields_in_error: int = 0

    @property
    def errors_per_thousand(self) -> float | None:
        """None until the office's verifications compared enough fields to say."""
        return errors_per_thousand(self.fields_in_error, self.fields_compared)


def standing(ws: Workspace, now: datetime) -> list[OfficeStanding]:
    """Every office (but central's own), the most urgent first."""
    entries = sync_ledger.entries(ws.db)
    missing: dict[str, int] = {}
    for gap in find_gaps(
        Received(e.office_code, e.device_id, e.sequence, e.since_change_seq) for e in entries
    ):
        missing[gap.office_code] = missing.get(gap.office_code, 0) + gap.count
    conflicts: dict[str, int] = {}
    for c in sync_conflicts.list_conflicts(ws.db):
        conflicts[c.packet_office] = conflicts.get(c.packet_office, 0) + 1
    to_review = dedupe.open_groups_by_office(ws.db.conn)
    verified = keying_reports.verified_sections_by_office(ws.db)
    quality = keying_reports.by_office(ws.db)
    out = []
    for office in people.list_offices(ws.db):
        code = office.value.code
        if code == ws.office_code:
            continue
        mine = [e for e in entries if e.office_code == code]
        wrong, compared, _sections = quality.get(code, (0, 0, 0))
        last = max((e.received_at for e in mine), default="")
        days = None
        if last:
            when = datetime.fromisoformat(last.replace("Z", "+00:00"))
            days = max(0, (now - when).days)
        out.append(
            OfficeStanding(
                code,
                office.value.name,
                len(mine),
                last,
                days,
                missing.get(code, 0),
                conflicts.get(code, 0),
                to_review.get(code, 0),
                verified.get(code, 0),
                compared,
                wrong,
            )
        )
    out.sort(
        key=lambda s: (
            -(s.missing_packets + s.open_conflicts),
            -(10**6 if s.days_since is None else s.days_since),  # never heard from: first
            s.code,
        )
    )
    return out
