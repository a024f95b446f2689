"""The campaign workbook as people open it: readable headers, real numbers, Yes/No, printing.

Reproduced from a trial in LibreOffice and four readers: clipped headers,
a serif fallback font, TRUE beside 1/0, no page setup, fullCalcOnLoad in a
workbook without formulas, text longer than a cell may hold.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from recalldesk.core.records import Actor, Section, SignatureLine
from recalldesk.exchange.xlsx_cells import CELL_LIMIT, fit_cell
from recalldesk.ops.export import export_workbook
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.wording.export import export_texts


@pytest.fixture
def book(ws: Workspace, actor: Actor, tmp_path: Path) -> openpyxl.Workbook:
    full = Section("PAS-0001", 3, circulated_from=date(2022, 2, 1),
                   circulated_to=date(2022, 2, 3), declaration_signed=True,
                   declaration_dated=True, declaration_place=True)  # fmt: skip
    session = KeyingSession(ws, actor, log_section(ws, actor, full).value.id)
    session.save(SignatureLine(1, "Ana", "Ruiz", "12", "Oak St", "", "", "91101"))
    session.save(SignatureLine(2, "Bo", "Li", "7", "Elm St", "", "", "91101"))
    session.close("one line torn off")
    out = tmp_path / "campaign.xlsx"
    export_workbook(ws, actor, out, texts=export_texts(), today=date(2022, 6, 1))
    return openpyxl.load_workbook(out)


def test_the_file_is_recalldesks_and_recalculates_nothing(book: openpyxl.Workbook) -> None:
    assert book.properties.creator.startswith("RecallDesk")
    assert not book.calculation.fullCalcOnLoad


def test_headers_are_whole_and_distinct_and_in_a_named_font(book: openpyxl.Workbook) -> None:
    for ws in (book["Sections"], book["Signatures"]):
        headers = [c.value for c in ws[1]]
        assert len(set(headers)) == len(headers)
        for cell in ws[1]:
            width = ws.column_dimensions[cell.column_letter].width
            assert width >= len(str(cell.value)) + 1, (ws.title, cell.value, width)
            assert cell.font.name, (ws.title, cell.value)
    summary_fonts = {c.font.name for row in book["Summary"].iter_rows() for c in row if c.value}
    assert None not in summary_fonts


def test_booleans_read_the_same_everywhere_and_counts_are_formatted(
    book: openpyxl.Workbook,
) -> None:
    sections = book["Sections"]
    headers = [c.value for c in sections[1]]
    row = {h: c for h, c in zip(headers, sections[2], strict=True)}
    assert row["Declaration signed"].value == "Yes" and row["Void or at risk"].value == "No"
    assert row["Why totals differ"].value == "one line torn off"
    assert row["Keyed lines"].number_format == "#,##0"
    signed = {c.value for c in book["Signatures"]["L"][1:]}
    assert signed == {"Yes"}
    summary = {r[0].value: r[1] for r in book["Summary"].iter_rows() if r[0].value}
    assert summary["Estimated share of the requirement"].number_format.endswith("%")
    assert summary["Raw signatures"].number_format == "#,##0"


def test_every_sheet_prints_landscape_fit_to_width_with_its_header(
    book: openpyxl.Workbook,
) -> None:
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.oddHeader.center.text, ws.title
    assert book["Sections"].print_title_rows == "$1:$1"


def test_no_cell_is_longer_than_excel_allows() -> None:
    assert fit_cell("a" * 40_000).__len__() == CELL_LIMIT
    astral = "😀" * 20_000  # two UTF-16 units each
    cut = fit_cell(astral)
    assert len(cut.encode("utf-16-le")) // 2 <= CELL_LIMIT and cut.endswith("…")
    assert fit_cell("short") == "short"
