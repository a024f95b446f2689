"""The campaign workbook: figures, sections and every line, read in one snapshot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from recalldesk.core.records import Actor
from recalldesk.core.work import IsCancelled, Progress
from recalldesk.exchange.export import (
    ExportResult,
    ExportTexts,
    OperatorRow,
    write_campaign_workbook,
)
from recalldesk.exchange.signing import MIN_PASSWORD
from recalldesk.ops import keying_stats
from recalldesk.ops.backups import check_master
from recalldesk.ops.base import Done, Permission, refuse
from recalldesk.ops.workspace import Workspace

__all__ = ["ExportResult", "ExportTexts", "export_workbook"]
from recalldesk.store import stats


def _operator_rows(ws: Workspace) -> list[OperatorRow]:
    """Each operator's figures for the Summary (counted on a writable second connection:
    the counts are brought up to date first; ops.keying_stats)."""
    counter = ws.sibling()
    try:
        found = keying_stats.statistics(counter)
    finally:
        counter.close()
    return [(t.name, t.office, t.lines, t.seconds / 3600, t.per_hour, t.per_thousand,
             t.corrected) for t in found.operators]  # fmt: skip


def export_workbook(
    ws: Workspace,
    actor: Actor,
    out: Path,
    *,
    texts: ExportTexts,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    max_rows_per_sheet: int = 1_048_576,
    password: str | None = None,
) -> Done[ExportResult]:
    """Write the campaign workbook to ``out`` (atomically; raises Cancelled if cancelled),
    protected by ``password`` when given (Excel asks for it to open the file).

    Reads through its own read-only connection, so the caller's connection
    (and keying) is never blocked. ``texts`` (from ``wording.export``) word the file.
    """
    ws.check(actor, Permission.EXPORT)
    if password is not None and len(password) < MIN_PASSWORD:
        raise refuse("keys.password_too_short", minimum=MIN_PASSWORD)
    operators = _operator_rows(ws)
    reader = ws.reader()  # opened here: this may run on a worker thread
    try:
        check_master(reader)  # a damaged master is never exported as if whole
        campaign = reader.require_campaign()
        with reader.db.snapshot() as conn:
            figures = stats.figures(conn)
            section_rows = stats.iter_sections(conn)
            line_rows = stats.iter_lines(conn)
            try:
                result = write_campaign_workbook(
                    out, campaign, figures,
                    (section_rows, stats.count_sections(conn)),
                    (line_rows, stats.count_lines(conn)),
                    office=ws.office_code, texts=texts, today=today or date.today(),
                    progress=progress, cancelled=cancelled, max_rows_per_sheet=max_rows_per_sheet,
                    password=password, operators=operators,
                )  # fmt: skip
            finally:
                # Close the cursors here, on this thread, not whenever GC runs.
                section_rows.close()
                line_rows.close()
    finally:
        reader.close()
    return Done(result)
