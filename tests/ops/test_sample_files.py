"""The sample checklist: written for volunteers, read back all or nothing, refusals named."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from recalldesk.core.records import Actor
from recalldesk.core.sampling import Result
from recalldesk.ops import sample
from recalldesk.ops.base import OpRefused
from recalldesk.ops.sample_files import import_checklist, write_checklist
from recalldesk.ops.workspace import Workspace
from tests.hostile.kit import run_cli
from tests.ops.test_sample import NAMES, central, key_lines

__all__ = ["central"]  # the fixture, shared


def drawn(ws: Workspace, actor: Actor, tmp_path: Path) -> tuple[int, Path]:
    key_lines(ws, actor, "PAS-0001", NAMES)
    draw = sample.draw(ws, actor, size=4, seed=11).value
    path = tmp_path / "check.xlsx"
    written = write_checklist(ws, actor, draw.id, path).value
    assert written.lines == 4
    return draw.id, path


def fill(path: Path, results: dict[int, str], **cells: str) -> Path:
    book = openpyxl.load_workbook(path)
    sheet = book["Checklist"]
    for row in range(2, sheet.max_row + 1):
        position = sheet.cell(row, 1).value
        if position in results:
            sheet.cell(row, 12).value = results[position]
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)
    return path


def test_the_checklist_goes_out_and_comes_back(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    draw_id, path = drawn(central, actor, tmp_path)
    sheet = openpyxl.load_workbook(path)["Checklist"]
    assert [c.value for c in sheet[1]][:3] == ["Position", "Serial", "Line"]
    assert sheet.cell(2, 2).value == "PAS-0001"
    (listed,) = sheet.data_validations.dataValidation
    assert "Not registered" in listed.formula1 and str(listed.sqref) == "L2:L5"
    fill(path, {1: "Valid", 2: "not registered", 3: "valid"})  # labels, any case
    imported = import_checklist(central, actor, draw_id, path).value
    assert (imported.read, imported.changed) == (3, 3)
    results = {r.position: r.result for r in sample.rows(central, draw_id)}
    assert results == {1: "valid", 2: "not_registered", 3: "valid", 4: ""}
    assert sample.findings(central, draw_id).count.valid == 2


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"L3": "Maybe"}, "checklist.result"),
        ({"A3": "1"}, "checklist.position"),  # text, not a number
        ({"A3": 99}, "checklist.position"),
        ({"A1": "Pos"}, "checklist.header"),
    ],
)
def test_a_bad_row_refuses_the_whole_file(
    central: Workspace, actor: Actor, tmp_path: Path, change: dict[str, object], code: str
) -> None:
    draw_id, path = drawn(central, actor, tmp_path)
    fill(path, {1: "Valid", 2: "Valid"}, **change)  # type: ignore[arg-type]
    with pytest.raises(OpRefused) as refused:
        import_checklist(central, actor, draw_id, path)
    assert refused.value.message.code == code
    assert all(r.result == "" for r in sample.rows(central, draw_id))  # nothing recorded


def test_a_repeated_position_names_both_rows(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    draw_id, path = drawn(central, actor, tmp_path)
    fill(path, {1: "Valid"}, A3=1)
    with pytest.raises(OpRefused) as refused:
        import_checklist(central, actor, draw_id, path)
    assert refused.value.message.code == "checklist.repeated"
    assert refused.value.message.params == {"row": 3, "position": 1, "first": 2}


def test_another_samples_checklist_or_a_stranger_file_is_refused(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    draw_id, path = drawn(central, actor, tmp_path)
    other = sample.draw(central, actor, size=4, seed=12).value
    with pytest.raises(OpRefused) as refused:
        import_checklist(central, actor, other.id, path)
    assert refused.value.message.code == "checklist.other_sample"
    stranger = tmp_path / "notes.xlsx"
    stranger.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(OpRefused) as refused:
        import_checklist(central, actor, draw_id, stranger)
    assert refused.value.message.code == "file.not_xlsx"


def test_the_sample_commands(tmp_path: Path) -> None:
    folder = tmp_path / "hq"
    assert run_cli(folder, "demo", "--lines", "1500", "--central").code == 0
    drew = run_cli(folder, "sample", "draw", "--size", "120", "--seed", "5")
    assert drew.code == 0 and "120 of" in drew.out, drew.text
    book = tmp_path / "c.xlsx"
    assert run_cli(folder, "sample", "checklist", "1", str(book)).code == 0
    fill(book, {p: "Valid" for p in range(1, 101)})
    imported = run_cli(folder, "sample", "import", "1", str(book))
    assert imported.code == 0 and "100" in imported.out, imported.text
    assert run_cli(folder, "sample", "record", "1", "101", "not registered").code == 0
    bad = run_cli(folder, "sample", "record", "1", "102", "maybe")
    assert bad.code != 0 and "valid, not_registered" in bad.text
    projected = run_cli(folder, "sample", "project", "--json")
    found = json.loads(projected.out)
    assert found["checked"] >= 101 and found["valid_needed_to_qualify"] is None
    assert found["outcome"] == "fails"  # 1,500 lines are far from 566,857
    listed = run_cli(folder, "sample", "list")
    assert "seed 5" in listed.out
    assert Result.VALID.value == "valid"


def test_a_name_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    from recalldesk.exchange.checklist import ChecklistRow
    from recalldesk.exchange.checklist import write_checklist as write_book

    path = tmp_path / "c.xlsx"
    row = ChecklistRow(1, "PAS-1", 1, "PAS", '=HYPERLINK("http://x")', "+1", "1", "A", "", "", "")
    write_book(path, draw_uuid="u", title="t", about=[], rows=[row], choices=["Valid"])
    sheet = openpyxl.load_workbook(path)["Checklist"]
    assert sheet["E2"].data_type == "s" and sheet["E2"].value.startswith("=HYPERLINK")
    assert sheet["F2"].data_type == "s"


def test_the_report_as_json_and_as_one_pdf_page(tmp_path: Path) -> None:
    folder = tmp_path / "hq"
    assert run_cli(folder, "demo", "--lines", "2000", "--central").code == 0
    shown = run_cli(folder, "report", "--json", "--today", "2022-06-01")
    report = json.loads(shown.out)
    assert report["verdict"] == "fails" and report["verdict_basis"] == "estimate"
    assert report["raw_target_for_qualifying"] > 566_857
    pdf = tmp_path / "report.pdf"
    made = run_cli(folder, "report", "--pdf", str(pdf), "--today", "2022-06-01")
    assert made.code == 0, made.text
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 1" in data  # one page
    nowhere = run_cli(folder, "report", "--pdf", str(tmp_path / "no" / "such" / "r.pdf"))
    assert nowhere.code != 0 and "r.pdf" in nowhere.text


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        (
            b"</sheetData>",
            b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
            "file.cell_out_of_range",
        ),
        (
            b"<sheetData>",
            b'<sheetData><row r="9"><c t="n" s="0" r="ZZ9"><v>1</v></c></row>',
            "file.cell_out_of_range",
        ),  # too wide, the reference not the first attribute
        (
            b"<worksheet",
            b'<!DOCTYPE w [<!ENTITY a "aaaaaaaa">]><worksheet',
            "file.unexpected_element",
        ),
        # Every spelling python-calamine reads as a far cell (found by a review):
        (b"</sheetData>", b"<row r='1048576'><c r='XFD1048576'><v>1</v></c></row></sheetData>",
         "file.cell_out_of_range"),
        (b"</sheetData>", b'<row r = "50000"><c r = "A50000"><v>1</v></c></row></sheetData>',
         "file.cell_out_of_range"),
        (b"</sheetData>", b'<row r="50000"><c r="a50000"><v>1</v></c></row></sheetData>',
         "file.cell_out_of_range"),
        (b"</sheetData>", b'<row r="9"><c s=">" r="A50000"><v>1</v></c></row></sheetData>',
         "file.cell_out_of_range"),
        (b"</sheetData>", b"<row>" + b"<c><v>1</v></c>" * 70 + b"</row></sheetData>",
         "file.cell_out_of_range"),  # cells without r: the 65th is past the columns
        (b"</sheetData>", b"<row/>" * 1100 + b"</sheetData>", "file.cell_out_of_range"),
        (b"</sheetData>", b'<row r="00000000000050000"></row></sheetData>', "file.damaged"),
    ],
)  # fmt: skip
def test_a_hostile_checklist_is_refused_before_it_is_parsed(
    central: Workspace, actor: Actor, tmp_path: Path, old: bytes, new: bytes, code: str
) -> None:
    import zipfile

    draw_id, path = drawn(central, actor, tmp_path)
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(hostile, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, new, 1)
            out.writestr(item, data)
    with pytest.raises(OpRefused) as refused:
        import_checklist(central, actor, draw_id, hostile)
    assert refused.value.message.code == code
    assert all(r.result == "" for r in sample.rows(central, draw_id))


def test_a_far_cell_in_a_part_outside_the_worksheets_folder_is_refused(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    import zipfile

    draw_id, path = drawn(central, actor, tmp_path)
    hostile = tmp_path / "elsewhere.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(hostile, "w") as out:
        for item in src.infolist():
            out.writestr(item, src.read(item.filename))
        far = b'<worksheet><sheetData><row r="2"><c r="XFD9"/></row></sheetData></worksheet>'
        out.writestr("xl/elsewhere/sheet9.xml", far)  # the rels could point here
    with pytest.raises(OpRefused) as refused:
        import_checklist(central, actor, draw_id, hostile)
    assert refused.value.message.code == "file.cell_out_of_range"


def test_a_note_column_is_allowed_and_a_non_finite_position_is_refused(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    draw_id, path = drawn(central, actor, tmp_path)
    fill(path, {1: "Valid"}, M1="Notes", M2="called twice")
    assert import_checklist(central, actor, draw_id, path).value.read == 1
    fill(path, {}, A3=float("inf"))  # type: ignore[arg-type]
    with pytest.raises(OpRefused) as refused:
        import_checklist(central, actor, draw_id, path)
    assert refused.value.message.code == "checklist.position"


def test_a_sheet_in_utf16_is_scanned_too(central: Workspace, actor: Actor, tmp_path: Path) -> None:
    import zipfile

    draw_id, path = drawn(central, actor, tmp_path)
    hostile = tmp_path / "utf16.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(hostile, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                text = data.decode("utf-8").replace("UTF-8", "UTF-16").replace("utf-8", "UTF-16")
                far = '<row r="60000"><c r="A60000"><v>1</v></c></row></sheetData>'
                data = text.replace("</sheetData>", far).encode("utf-16")
            out.writestr(item, data)
    with pytest.raises(OpRefused) as refused:
        import_checklist(central, actor, draw_id, hostile)
    assert refused.value.message.code in ("file.cell_out_of_range", "file.damaged")
