"""The streamed workbook must read back whole and literal with openpyxl and python-calamine."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font
from python_calamine import CalamineWorkbook

from recalldesk.exchange.xlsx_stream import (
    Column,
    StreamedSheet,
    is_formula_like,
    safe_text,
    write_literal,
    write_workbook,
)

COLUMNS = [
    Column("Name", "text", 20),
    Column("Line", "int"),
    Column("Score", "float"),
    Column("Signed on", "date"),
    Column("Keyed at", "datetime", 18),
    Column("Present", "bool"),
    Column("ZIP", "text", 8),
]
ROWS: list[list[object]] = [
    ["José Muñoz", 1, 1.5, dt.date(2025, 3, 1), dt.datetime(2025, 3, 1, 9, 30, 15), True, "02134"],
    ["Nguyễn Văn An", 2, -0.25, dt.date(1999, 12, 31), dt.datetime(2025, 3, 2), False, "90210"],
    ["李小龙", 3, None, None, None, None, "00501"],
    ["", None, 0.0, dt.date(2000, 2, 29), dt.datetime(2000, 1, 1, 23, 59, 59), True, None],
]
FORMULA_LIKE = ["=1+1", "+A1", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']
SMALL = [Column("Text", "text"), Column("N", "int")]


def _export(
    path: Path,
    rows: Sequence[Sequence[object]],
    columns: Sequence[Column] = COLUMNS,
    *,
    small: Callable[[openpyxl.Workbook], None] = lambda wb: None,
    row_count: int | None = None,
    max_rows_per_sheet: int = 1_048_576,
    progress: Callable[[int], None] | None = None,
) -> Path:
    count = len(rows) if row_count is None else row_count
    sheet = StreamedSheet("Signatures", columns, iter(rows), count)
    with path.open("wb") as f:
        write_workbook(f, small, [sheet], max_rows_per_sheet=max_rows_per_sheet, progress=progress)
    return path


def _openpyxl_rows(path: Path, title: str = "Signatures") -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(wb[title].iter_rows(values_only=True))
    finally:
        wb.close()


def _calamine_rows(path: Path, title: str = "Signatures") -> list[list[object]]:
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(title)
    return [list(row) for row in sheet.to_python()]


def _add_sheet(title: str) -> Callable[[openpyxl.Workbook], None]:
    def build(wb: openpyxl.Workbook) -> None:
        wb.create_sheet(title)

    return build


def _sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")}


def test_values_and_types_round_trip_openpyxl(tmp_path: Path) -> None:
    path = _export(tmp_path / "out.xlsx", ROWS)
    got = _openpyxl_rows(path)
    assert got[0] == tuple(c.header for c in COLUMNS)
    # openpyxl reads every date-formatted number back as a datetime.
    assert got[1] == (
        "José Muñoz", 1, 1.5, dt.datetime(2025, 3, 1), dt.datetime(2025, 3, 1, 9, 30, 15),
        True, "02134",
    )  # fmt: skip
    assert got[2] == (
        "Nguyễn Văn An", 2, -0.25, dt.datetime(1999, 12, 31), dt.datetime(2025, 3, 2),
        False, "90210",
    )  # fmt: skip
    assert got[3] == ("李小龙", 3, None, None, None, None, "00501")
    # The empty string becomes no cell at all.
    assert got[4] == (
        None, None, 0, dt.datetime(2000, 2, 29), dt.datetime(2000, 1, 1, 23, 59, 59), True, None,
    )  # fmt: skip
    assert len(got) == 5


def test_values_and_types_round_trip_calamine(tmp_path: Path) -> None:
    path = _export(tmp_path / "out.xlsx", ROWS)
    got = _calamine_rows(path)
    assert got[0] == [c.header for c in COLUMNS]
    assert got[1] == [
        "José Muñoz", 1, 1.5, dt.date(2025, 3, 1), dt.datetime(2025, 3, 1, 9, 30, 15),
        True, "02134",
    ]  # fmt: skip
    assert type(got[1][3]) is dt.date  # a real date, not text or a serial number
    assert got[3] == ["李小龙", 3, "", "", "", "", "00501"]
    assert got[4][:4] == ["", "", 0, dt.date(2000, 2, 29)]
    assert len(got) == 5


def test_cell_styles_and_types_in_normal_mode(tmp_path: Path) -> None:
    path = _export(tmp_path / "out.xlsx", ROWS)
    ws = openpyxl.load_workbook(path)["Signatures"]
    assert [c.font.bold for c in ws[1]] == [True] * len(COLUMNS)
    row = ws[2]
    assert [c.number_format for c in row] == [
        "@", "#,##0", "0.00", "yyyy-mm-dd", "yyyy-mm-dd hh:mm", "General", "@",
    ]  # fmt: skip
    assert [c.data_type for c in row] == ["s", "n", "n", "d", "d", "b", "s"]
    assert ws["G2"].value == "02134"
    assert ws.column_dimensions["A"].width == 20
    assert ws.column_dimensions["B"].width == 14


def test_formula_like_text_stays_literal(tmp_path: Path) -> None:
    rows = [[text, i, None, None, None, None, text] for i, text in enumerate(FORMULA_LIKE)]
    path = _export(tmp_path / "out.xlsx", rows)
    expected = [(t, i, None, None, None, None, t) for i, t in enumerate(FORMULA_LIKE)]
    assert _openpyxl_rows(path)[1:] == expected
    assert [r[0] for r in _calamine_rows(path)[1:]] == FORMULA_LIKE
    ws = openpyxl.load_workbook(path)["Signatures"]
    for row in ws.iter_rows(min_row=2):
        assert all(c.data_type != "f" for c in row)
        assert row[0].data_type == "s" and row[6].data_type == "s"
        assert row[0].quotePrefix and row[6].quotePrefix
        assert row[0].number_format == "@"
    assert not any("<f>" in xml or "<f " in xml for xml in _sheet_xml(path).values())


def test_plain_text_has_no_quote_prefix(tmp_path: Path) -> None:
    path = _export(tmp_path / "out.xlsx", ROWS)
    ws = openpyxl.load_workbook(path)["Signatures"]
    assert not ws["A2"].quotePrefix


def test_control_characters_stripped_and_markup_escaped(tmp_path: Path) -> None:
    rows = [["a\x00b\x07c\x1f\ufffe\ud800d", 1, None, None, None, None, "tab\tcr\rlf\nok"]]
    rows.append(["<b>&amp; 'q' \"dq\"", 2, None, None, None, None, "  padded  "])
    path = _export(tmp_path / "out.xlsx", rows)
    for got in (_openpyxl_rows(path), _calamine_rows(path)):
        assert got[1][0] == "abcd"
        assert got[1][6] == "tab\tcr\rlf\nok"
        assert got[2][0] == "<b>&amp; 'q' \"dq\""
        assert got[2][6] == "  padded  "


def test_ooxml_escape_sequence_is_literal_for_calamine(tmp_path: Path) -> None:
    # Readers (Excel, calamine) decode "_x0041_" as "A"; we write it so they show it as typed.
    path = _export(tmp_path / "out.xlsx", [["id_x0041_z", 1, None, None, None, None, None]])
    assert _calamine_rows(path)[1][0] == "id_x0041_z"
    # openpyxl does not decode these escapes at all, so it shows the protected form.
    assert _openpyxl_rows(path)[1][0] == "id_x005F_x0041_z"


def test_wrong_python_type_is_written_as_text_not_dropped(tmp_path: Path) -> None:
    aware = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
    rows: list[list[object]] = [
        [12345, "n/a", "1.5", "2025-03-01", aware, "yes", 2134],
        [None, 10**16, float("nan"), dt.date(1899, 1, 1), dt.date(2025, 3, 1), 1, None],
        [None, True, 7, dt.datetime(2025, 3, 1, 6), None, None, None],
    ]
    path = _export(tmp_path / "out.xlsx", rows)
    got = _openpyxl_rows(path)
    assert got[1] == ("12345", "n/a", "1.5", "2025-03-01", aware.isoformat(), "yes", "2134")
    # Too big to be exact in Excel, not finite, and before 1900-03-01: all become text.
    assert got[2][:6] == (
        None,
        "10000000000000000",
        "nan",
        "1899-01-01",
        dt.datetime(2025, 3, 1),
        "1",
    )
    assert got[3][:3] == (None, "True", 7)
    assert got[3][3] == dt.datetime(2025, 3, 1, 6)  # a datetime in a date column keeps its time
    assert _calamine_rows(path)[1][1] == "n/a"


def test_spill_onto_numbered_sheets(tmp_path: Path) -> None:
    rows = [[f"row {i}", i] for i in range(1, 13)]
    path = _export(tmp_path / "out.xlsx", rows, SMALL, max_rows_per_sheet=5)
    titles = ["Signatures", "Signatures 2", "Signatures 3"]
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.sheetnames == titles
    seen: list[tuple[object, ...]] = []
    for title in titles:
        ws = wb[title]
        assert ws.max_row == 5 and ws.max_column == 2  # from <dimension>, 4 rows + header
        got = list(ws.iter_rows(values_only=True))
        assert got[0] == ("Text", "N")
        seen.extend(got[1:])
    wb.close()
    assert seen == [(f"row {i}", i) for i in range(1, 13)]
    cal = CalamineWorkbook.from_path(str(path))
    assert cal.sheet_names == titles
    cal_rows = [r for t in titles for r in cal.get_sheet_by_name(t).to_python()[1:]]
    assert cal_rows == [[f"row {i}", i] for i in range(1, 13)]


def test_spill_last_sheet_is_partial(tmp_path: Path) -> None:
    rows = [[f"row {i}", i] for i in range(1, 11)]
    path = _export(tmp_path / "out.xlsx", rows, SMALL, max_rows_per_sheet=5)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Signatures", "Signatures 2", "Signatures 3"]
    assert wb["Signatures 3"].auto_filter.ref == "A1:B3"
    assert [r[0].value for r in wb["Signatures 3"].iter_rows(min_row=2)] == ["row 9", "row 10"]


def test_dimension_freeze_and_autofilter(tmp_path: Path) -> None:
    path = _export(tmp_path / "out.xlsx", ROWS)
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb["Signatures"].max_row == 5
    assert wb["Signatures"].calculate_dimension() == "A1:G5"
    wb.close()
    ws = openpyxl.load_workbook(path)["Signatures"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G5"
    xml = next(iter(_sheet_xml(path).values()))
    assert re.search(r'<dimension ref="A1:G5"\s*/>', xml)
    assert '<row r="6"' not in xml  # no leftover prototype rows
    with zipfile.ZipFile(path) as z:
        assert "'Signatures'!$A$1:$G$5" in z.read("xl/workbook.xml").decode()


def test_empty_sheet_has_header_only(tmp_path: Path) -> None:
    path = _export(tmp_path / "out.xlsx", [], SMALL)
    assert _openpyxl_rows(path) == [("Text", "N")]
    assert _calamine_rows(path) == [["Text", "N"]]
    assert openpyxl.load_workbook(path)["Signatures"].auto_filter.ref == "A1:B1"


def test_small_sheets_keep_formatting_and_literal_text(tmp_path: Path) -> None:
    def summary(wb: openpyxl.Workbook) -> None:
        ws = wb.create_sheet("Summary")
        write_literal(ws["A1"], "=cmd|' /C calc'!A0")
        ws["A1"].font = Font(bold=True)
        write_literal(ws["B1"], "plain\x01")
        write_literal(ws["C1"], 42)
        write_literal(ws["D1"], dt.date(2025, 3, 1))
        ws["D1"].number_format = "yyyy-mm-dd"
        ws.column_dimensions["A"].width = 30

    path = _export(tmp_path / "out.xlsx", ROWS, small=summary)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Signatures"]
    ws = wb["Summary"]
    assert ws["A1"].value == "=cmd|' /C calc'!A0"
    assert ws["A1"].data_type == "s" and ws["A1"].quotePrefix and ws["A1"].font.bold
    assert ws["B1"].value == "plain" and not ws["B1"].quotePrefix
    assert ws["C1"].value == 42
    assert ws["D1"].value == dt.datetime(2025, 3, 1) and ws["D1"].number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["A"].width == 30
    assert _calamine_rows(path, "Summary") == [
        ["=cmd|' /C calc'!A0", "plain", 42, dt.date(2025, 3, 1)]
    ]
    assert not any("<f>" in xml for xml in _sheet_xml(path).values())


def test_progress_reports_running_total(tmp_path: Path) -> None:
    calls: list[int] = []
    rows = [["x", i] for i in range(12_001)]
    _export(tmp_path / "out.xlsx", rows, SMALL, progress=calls.append)
    assert calls == [5_000, 10_000, 12_001]


def test_progress_exception_cancels(tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int) -> None:
        raise Cancelled

    pulled = 0

    def rows() -> Iterator[list[object]]:
        nonlocal pulled
        for i in range(20_000):
            pulled += 1
            yield ["x", i]

    sheet = StreamedSheet("Signatures", SMALL, rows(), 20_000)
    with (tmp_path / "out.xlsx").open("wb") as f, pytest.raises(Cancelled):
        write_workbook(f, lambda wb: None, [sheet], progress=cancel)
    assert pulled == 5_000  # stopped at the first report, not after the whole sheet


@pytest.mark.parametrize("declared", [3, 5])
def test_row_count_mismatch_raises(tmp_path: Path, declared: int) -> None:
    rows = [["x", i] for i in range(4)]
    with pytest.raises(ValueError, match="row_count"):
        _export(tmp_path / "out.xlsx", rows, SMALL, row_count=declared)


def test_row_count_mismatch_across_spill_sheets_raises(tmp_path: Path) -> None:
    rows = [["x", i] for i in range(9)]
    with pytest.raises(ValueError, match="fewer"):
        _export(tmp_path / "out.xlsx", rows, SMALL, row_count=10, max_rows_per_sheet=5)
    with pytest.raises(ValueError, match="more"):
        _export(tmp_path / "out.xlsx", rows, SMALL, row_count=8, max_rows_per_sheet=5)


def test_row_of_wrong_length_raises(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="row 3"):
        _export(tmp_path / "out.xlsx", [["x", 1], ["y"]], SMALL)


def test_duplicate_sheet_title_raises(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="duplicate"):
        _export(tmp_path / "out.xlsx", [], SMALL, small=_add_sheet("Signatures"))


def test_several_streamed_sheets_and_small_sheet_order(tmp_path: Path) -> None:
    sections = StreamedSheet("Sections", SMALL, iter([["s1", 1], ["s2", 2], ["s3", 3]]), 3)
    lines = StreamedSheet("Signatures", SMALL, iter([["l1", 1], ["l2", 2]]), 2)
    path = tmp_path / "out.xlsx"
    with path.open("wb") as f:
        write_workbook(f, _add_sheet("Summary"), [sections, lines], max_rows_per_sheet=3)
    cal = CalamineWorkbook.from_path(str(path))
    assert cal.sheet_names == ["Summary", "Sections", "Sections 2", "Signatures"]
    assert cal.get_sheet_by_name("Sections 2").to_python() == [["Text", "N"], ["s3", 3]]
    assert cal.get_sheet_by_name("Signatures").to_python()[1:] == [["l1", 1], ["l2", 2]]


def test_safe_text() -> None:
    assert safe_text("ok\t\r\n text") == "ok\t\r\n text"
    assert safe_text("a\x00\x08\x0b\x0c\x0e\x1fb") == "ab"
    assert safe_text("x\ud800\udfffy\ufffe\uffffz") == "xyz"
    assert safe_text("😀 \ue000 \ufffd") == "😀 \ue000 \ufffd"


@pytest.mark.parametrize("text", [*FORMULA_LIKE, "\nx"])
def test_is_formula_like(text: str) -> None:
    assert is_formula_like(text)


@pytest.mark.parametrize("text", ["", "02134", "a=b", " =1", "José"])
def test_is_not_formula_like(text: str) -> None:
    assert not is_formula_like(text)


def test_overlapping_escape_like_text_survives_calamine(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import io

    from python_calamine import CalamineWorkbook

    from recalldesk.exchange.xlsx_stream import Column, StreamedSheet, write_workbook

    tricky = ["_x005F_x0041_", "_x0041_", "a_x00_b", "__x0041__"]
    out = io.BytesIO()
    sheet = StreamedSheet("S", [Column("T", "text")], [[t] for t in tricky], len(tricky))
    write_workbook(out, lambda wb: None, [sheet])
    path = tmp_path / "t.xlsx"
    path.write_bytes(out.getvalue())
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("S").to_python()
    assert [r[0] for r in rows[1:]] == tricky
