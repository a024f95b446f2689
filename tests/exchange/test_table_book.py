"""A dashboard table exported as a workbook: text kept literal, and who wrote it."""

from pathlib import Path

import openpyxl

from recalldesk import __version__
from recalldesk.exchange.table_book import write_table


def test_a_table_says_which_recalldesk_wrote_it_and_keeps_formulas_as_text(
    tmp_path: Path,
) -> None:
    out = tmp_path / "table.xlsx"
    assert write_table(out, "Offices", ["Office", "Lines"], [["=HYPERLINK(1)", 3]]) == 1
    book = openpyxl.load_workbook(out)
    assert book.properties.creator == f"RecallDesk {__version__}"
    sheet = book["Offices"]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.endswith("=HYPERLINK(1)")
