"""Reads the windows and the CLI need, behind the same workspace as the operations.

Read-only: nothing here changes the database, so nothing here checks a
permission beyond reading (every operator may read their office's data).
The record types the windows show are re-exported here, so the UI never
imports the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from recalldesk.core.figures import Figures
from recalldesk.core.progress import Progress, progress_of
from recalldesk.core.records import Campaign
from recalldesk.ops.verdict import Assessment, assess
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, figures_cache, lines, samples, search, sections, stats
from recalldesk.store.audit import AuditEntry
from recalldesk.store.decisions import DUPLICATE
from recalldesk.store.digests import CentralDecision, DigestView, central_decisions, latest_digest
from recalldesk.store.errors import StorageError
from recalldesk.store.lines import StoredLine
from recalldesk.store.migrations import schema_version
from recalldesk.store.people import Stored
from recalldesk.store.search import Hit
from recalldesk.store.sections import SectionFilter, StoredSection

__all__ = [
    "Assessment",
    "AuditEntry",
    "CentralDecision",
    "DigestView",
    "Hit",
    "SectionFilter",
    "Stored",
    "StoredLine",
    "StoredSection",
]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The dashboard's figures, read together."""

    campaign: Campaign
    figures: Figures
    progress: Progress
    assessment: Assessment


def dashboard_figures(ws: Workspace, today: date) -> Snapshot | None:
    """The campaign's figures (None before setup). Call on a reader workspace off the GUI."""
    campaign = ws.campaign
    if campaign is None:
        return None
    with ws.db.snapshot() as conn:
        figures, pending = figures_cache.read(conn, can_store=not ws.db.read_only)
    if pending is not None and not ws.db.read_only:
        _keep_figures(ws, pending)
    progress = progress_of(campaign, figures.tally, today)
    return Snapshot(campaign, figures, progress, assess(ws, campaign, figures, progress, today))


def _keep_figures(ws: Workspace, pending: figures_cache.Pending) -> None:
    """Store what the read learned, so the next dashboard reads only what changes.

    Best effort: if the file is busy or full the figures were still right, and the
    next read works them out again.
    """
    try:
        with ws.db.transaction() as conn:
            figures_cache.store(conn, pending)
    except StorageError:
        pass


def raw_signatures(ws: Workspace) -> int:
    """Raw signatures now (what a sample would be drawn from)."""
    return samples.population_size(ws.db.conn)


def count_sections(ws: Workspace, where: SectionFilter) -> int:
    return sections.count_sections(ws.db, where)


def section_page(
    ws: Workspace, where: SectionFilter, offset: int, limit: int
) -> list[StoredSection]:
    return sections.section_page(ws.db, where, offset=offset, limit=limit)


def section(ws: Workspace, section_id: int) -> StoredSection | None:
    return sections.get_section(ws.db, section_id)


def resume_candidate(ws: Workspace) -> StoredSection | None:
    """The section this database was keying when it last stopped, if still open."""
    return sections.resume_candidate(ws.db)


def find(ws: Workspace, text: str, limit: int = 200) -> list[Hit]:
    return search.find(ws.db, text, limit)


def history(ws: Workspace, entity_uuid: str) -> list[AuditEntry]:
    return audit.history(ws.db, entity_uuid)


def central_duplicates(ws: Workspace, serial: str) -> dict[int, CentralDecision]:
    """Central's "same signer" decisions about a section's lines, by line number."""
    out: dict[int, CentralDecision] = {}
    for decision in central_decisions(ws.db, serial=serial):
        if decision.decision == DUPLICATE:
            out.setdefault(decision.line_number, decision)
    return out


def digest(ws: Workspace) -> DigestView | None:
    return latest_digest(ws.db)


def local_day_bounds(day: date) -> tuple[str, str]:
    """The UTC stamps (as stored) between which ``day`` runs on this computer's clock."""
    start = datetime.combine(day, time()).astimezone()
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return _stamp(start), _stamp(end)


def _stamp(moment: datetime) -> str:
    from datetime import UTC

    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def keyed_today(ws: Workspace, operator_id: int | None, today: date | None = None) -> int:
    """Lines first saved today (the volunteer's local day), by one operator or all."""
    start, end = local_day_bounds(today or date.today())
    return lines.keyed_between(ws.db, start, end, operator_id)


@dataclass(frozen=True, slots=True)
class Info:
    schema: int
    office_code: str
    device_id: str
    contents: str
    sections: int
    lines: int


def info(ws: Workspace) -> Info:
    with ws.db.snapshot() as conn:
        n_sections, n_lines = stats.count_sections(conn), stats.count_lines(conn)
        schema = schema_version(conn)
    return Info(
        schema, ws.office_code, ws.identity.device_id, ws.db.meta("contents"), n_sections, n_lines
    )


def integrity_problems(ws: Workspace) -> list[str]:
    return ws.db.integrity_check()
