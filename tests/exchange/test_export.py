"""The campaign workbook read back: values, types, no formulas, spill, atomicity."""

import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from recalldesk.core.records import Actor, Section, SignatureLine, StaffRole
from recalldesk.core.work import Cancelled
from recalldesk.core.zipdata import ZipTable
from recalldesk.exchange import atomic
from recalldesk.exchange.atomic import WriteFailed, atomic_write
from recalldesk.exchange.export import ExportResult
from recalldesk.ops.export import export_workbook as export_op
from recalldesk.ops.workspace import Workspace
from recalldesk.store import lines, people, sections
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database
from recalldesk.wording.export import export_texts


def export_workbook(db: Database, out: Path, **kwargs: object) -> ExportResult:
    """The export operation, as the app and the CLI run it."""
    ws = Workspace(db)
    return export_op(
        ws, ws.actor("test", None, StaffRole.LEAD), out, texts=export_texts(), **kwargs
    ).value  # type: ignore[arg-type]


HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\tTab", "\rCR"]


@pytest.fixture
def filled(db: Database, actor: Actor, zips: ZipTable) -> Database:
    campaign = get_campaign(db)
    assert campaign is not None
    office_id = people.list_offices(db)[0].id
    good = Section(
        "PAS-0002",
        12,
        circulated_from=date(2022, 2, 1),
        circulated_to=date(2022, 2, 9),
        declaration_signed=True,
        declaration_dated=True,
        declaration_place=True,
        received_on=date(2022, 2, 10),
    )
    first = sections.add_section(db, actor, campaign, good, office_id, None)
    jose = SignatureLine(1, "José", "Muñoz", "1520", "N Lake Ave", "4", "", "02134")
    lines.accept_line(db, actor, zips, first.id, jose)
    for n, text in enumerate(HOSTILE, start=2):
        line = SignatureLine(n, text, "Smith", "1", "Main St", "", "", "91101")
        lines.accept_line(db, actor, zips, first.id, line)
    second = sections.add_section(db, actor, campaign, Section("PAS-0001", 3), office_id, None)
    mei = SignatureLine(1, "Mei", "Chen", "", "Elm", "", "", "92701")
    lines.accept_line(db, actor, zips, second.id, mei)
    return db


def test_workbook_has_summary_sections_signatures(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "campaign.xlsx"
    result = export_workbook(filled, out, today=date(2022, 6, 1))
    assert (result.sections, result.lines) == (2, 8)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Sections", "Signatures"]
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Valid signatures required"] == 566_857
    assert summary["Days to the deadline"] == 35
    assert summary["Lines keyed"] == 8
    assert (
        summary["MISSING_STREET_NUMBER"] == 1 and summary["ZIP_OUT_OF_COUNTY"] == 2
    )  # 02134 and 92701
    assert isinstance(summary["Filing deadline"], datetime)  # a real date cell

    sigs = wb["Signatures"]
    assert sigs.freeze_panes == "A2" and sigs.auto_filter.ref == "A1:R9"
    rows = list(sigs.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == ["PAS-0001"] + ["PAS-0002"] * 7  # serial order
    jose = rows[2]
    assert jose[4:6] == ("José", "Muñoz") and jose[10] == "02134"  # ZIP kept as text
    assert jose[11] == "Yes" and isinstance(jose[16], datetime)
    secs = list(wb["Sections"].iter_rows(values_only=True))
    assert secs[2][7] == datetime(2022, 2, 1) and secs[1][14] == "DECLARATION_INCOMPLETE"


def test_no_cell_is_ever_a_formula(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "campaign.xlsx"
    export_workbook(filled, out)
    wb = openpyxl.load_workbook(out)
    firsts = [r[4] for r in wb["Signatures"].iter_rows(min_row=2, values_only=True)]
    for text in HOSTILE:
        assert text.strip() in firsts  # the store strips keyed fields; the rest stays literal
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_both_readers_read_every_row(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "campaign.xlsx"
    export_workbook(filled, out)
    calamine = CalamineWorkbook.from_path(str(out))
    data = calamine.get_sheet_by_name("Signatures").to_python()
    assert len(data) == 9 and data[2][4] == "José"
    ro = openpyxl.load_workbook(out, read_only=True)
    assert sum(1 for _ in ro["Signatures"].iter_rows()) == 9


def test_big_tables_spill_onto_numbered_sheets(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "campaign.xlsx"
    export_workbook(filled, out, max_rows_per_sheet=4)  # header + 3 rows per sheet
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Summary", "Sections", "Signatures", "Signatures 2", "Signatures 3"]
    uuids = []
    for name in ("Signatures", "Signatures 2", "Signatures 3"):
        rows = list(wb[name].iter_rows(values_only=True))
        assert rows[0][0] == "Line UUID"
        uuids += [r[0] for r in rows[1:]]
    assert len(uuids) == len(set(uuids)) == 8


def test_cancel_leaves_the_old_file_untouched(filled: Database, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "campaign.xlsx"
    out.write_bytes(b"previous export")
    with pytest.raises(Cancelled):
        export_workbook(filled, out, cancelled=lambda: True)
    assert out.read_bytes() == b"previous export"
    assert os.listdir(folder) == ["campaign.xlsx"]  # no temporary file left behind


def test_progress_reaches_the_total(filled: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_workbook(filled, tmp_path / "x.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (10, 10)


def test_disk_full_during_write_names_the_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.xlsx"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(WriteFailed) as failed, atomic_write(target) as handle:
        handle.write(b"new contents")
    assert failed.value.code == "write.disk_full"
    assert target.read_bytes() == b"old" and os.listdir(folder) == ["out.xlsx"]


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with (
        pytest.raises(WriteFailed) as failed,
        atomic_write(tmp_path / "nope" / "x.xlsx") as handle,
    ):
        handle.write(b"x")
    assert failed.value.code == "write.no_folder"
