"""A plain table as a one-sheet workbook (the dashboard's tables, exported)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from recalldesk import __version__
from recalldesk.exchange.atomic import atomic_write
from recalldesk.exchange.xlsx_cells import fit_cell, literal_row


def write_table(
    path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> int:
    """Write ``rows`` under ``headers`` (text is never read as a formula); returns rows."""
    book = Workbook(write_only=True)
    book.properties.creator = book.properties.lastModifiedBy = f"RecallDesk {__version__}"
    sheet = book.create_sheet(fit_cell(title)[:31] or "Table")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for name in headers:
        cell = WriteOnlyCell(sheet, value=fit_cell(name))
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    for row in rows:
        sheet.append(literal_row(sheet, row))
    with atomic_write(path) as handle:
        book.save(handle)
    return len(rows)
