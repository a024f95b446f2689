"""The sample checklist: a workbook volunteers fill in while they look signers up.

One row per drawn line (position, section serial, line, office, name, address)
and a Result column with the registrar's categories as a drop-down list. An
"About" sheet names the sample (its uuid), so a checklist of another draw is
refused on import. Reading takes the file as it comes back from Excel: the
container is checked first (size, members, compression ratio), then every
sheet's rows and cells are bounded by the sample's size, then python-calamine
parses it.
"""

from __future__ import annotations

import math
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineError, CalamineWorkbook

from recalldesk.core.messages import MessageError, msg
from recalldesk.exchange.atomic import atomic_write
from recalldesk.exchange.xlsx_cells import ColumnKind, write_literal
from recalldesk.exchange.xlsx_stream import Column, StreamedSheet, write_workbook
from recalldesk.exchange.xml_scan import holds_cells, scan_grid

SHEET = "Checklist"
ABOUT = "About"
COLUMNS = (
    "Position", "Serial", "Line", "Office", "First name", "Last name", "House number",
    "Street", "Unit", "City", "ZIP", "Result",
)  # fmt: skip
_RESULT_COLUMN = len(COLUMNS)  # 1-based: the last one
_MAX_FILE = 64 * 1024 * 1024
_MAX_UNPACKED = 256 * 1024 * 1024  # a statewide sample's checklist unpacks to ~30 MB
_SPARE_ROWS = 1000  # blank rows Excel may keep below the data
_MAX_COLUMNS = 64  # the checklist's 12, and room for notes a volunteer adds
_MAX_RATIO = 200
_MAX_MEMBERS = 400


class ChecklistRefused(MessageError):
    """The checklist was not read, and nothing changed; ``message`` says why and where."""


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    position: int
    serial: str
    line_number: int
    office: str
    first_name: str
    last_name: str
    street_number: str
    street_name: str
    unit: str
    city: str
    zip_code: str


_WIDTHS = (9, 12, 6, 8, 16, 18, 10, 24, 7, 16, 8, 22)
_KINDS: tuple[ColumnKind, ...] = (
    "int", "text", "int", "text", "text", "text", "text", "text", "text", "text", "text", "text",
)  # fmt: skip


def write_checklist(
    path: Path,
    *,
    draw_uuid: str,
    title: str,
    about: Sequence[tuple[str, str]],
    rows: Sequence[ChecklistRow],
    choices: Sequence[str],
) -> int:
    """Write the checklist (atomically, rows streamed: 45,000 in about a second)."""

    def small_sheets(book: Workbook) -> None:
        info = book.create_sheet(ABOUT)
        write_literal(info.cell(1, 1), title)
        info.cell(1, 1).font = Font(bold=True)
        info.cell(2, 1).value, info.cell(2, 2).value = "Sample", draw_uuid
        for n, (key, value) in enumerate(about, start=3):
            write_literal(info.cell(n, 1), key)
            write_literal(info.cell(n, 2), value)
        info.column_dimensions["A"].width, info.column_dimensions["B"].width = 18, 60

    def result_list(sheet: Worksheet, count: int) -> None:
        listed = DataValidation(
            type="list",
            formula1='"' + ",".join(c.replace('"', "").replace(",", " ") for c in choices) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Result",
            error="Choose one of the listed results.",
        )
        listed.add(f"L2:L{count + 1}")
        sheet.add_data_validation(listed)
        sheet["L1"].fill = PatternFill("solid", fgColor="FFF4E0")

    checklist = StreamedSheet(
        SHEET,
        [Column(h, k, w) for h, k, w in zip(COLUMNS, _KINDS, _WIDTHS, strict=True)],
        (
            (r.position, r.serial, r.line_number, r.office, r.first_name, r.last_name,
             r.street_number, r.street_name, r.unit, r.city, r.zip_code, None)
            for r in rows
        ),
        len(rows),
        decorate=result_list,
    )  # fmt: skip
    with atomic_write(path) as handle:
        write_workbook(handle, small_sheets, [checklist])
    return len(rows)


def read_results(path: Path, draw_uuid: str, size: int) -> list[tuple[int, str, int]]:
    """(position, result text, sheet row) for every row with a result; raises ChecklistRefused.

    python-calamine parses (several times openpyxl's speed); before it does, every
    worksheet's XML is scanned so that no row or cell lies beyond what a checklist
    of ``size`` lines could hold (the parser would allocate up to the farthest one).
    """
    _check_container(path)
    rows_allowed = size + 1 + _SPARE_ROWS
    try:
        with zipfile.ZipFile(path) as book:
            # Every part that is XML, wherever it lies: the workbook's relationships may
            # put a sheet anywhere in the package, and python-calamine follows them.
            for member in book.namelist():
                with book.open(member) as stream:
                    if not holds_cells(stream):
                        continue  # styles, shared strings, relationships: no grid
                with book.open(member) as stream:
                    scan_grid(stream, member, rows_allowed, _MAX_COLUMNS)
        workbook = CalamineWorkbook.from_path(str(path))
        names = workbook.sheet_names
        if SHEET not in names or ABOUT not in names:
            raise ChecklistRefused(msg("checklist.not_checklist", sheet=SHEET))
        named = _about_uuid(workbook.get_sheet_by_name(ABOUT).to_python(skip_empty_area=False))
        if named != draw_uuid:
            raise ChecklistRefused(msg("checklist.other_sample", found=named or "—"))
        grid = workbook.get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
    except ChecklistRefused:
        raise
    except MessageError as error:
        raise ChecklistRefused(error.message) from error
    except (CalamineError, zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError) as error:
        raise ChecklistRefused(msg("file.damaged", detail=_detail(error))) from error
    return _rows(iter(tuple(r) for r in grid), size)


def _rows(rows: Iterator[tuple[object, ...]], size: int) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    header = next(rows, None)
    # Only the checklist's own columns: a volunteer may add a column of notes after them.
    if header is None or tuple(str(v or "").strip() for v in header[: len(COLUMNS)]) != COLUMNS:
        raise ChecklistRefused(msg("checklist.header", sheet=SHEET))
    seen: dict[int, int] = {}
    for number, values in enumerate(rows, start=2):
        if number > size + 1 + _SPARE_ROWS:  # room for blank rows Excel keeps, no more
            raise ChecklistRefused(msg("checklist.too_many_rows", size=size))
        if not values:
            continue
        position = values[0]
        result = values[_RESULT_COLUMN - 1] if len(values) >= _RESULT_COLUMN else None
        if position is None and result is None:
            continue
        if (
            isinstance(position, bool)
            or not isinstance(position, int | float)
            or not math.isfinite(position)
            or int(position) != position
        ):
            raise ChecklistRefused(msg("checklist.position", row=number, found=str(position)))
        position = int(position)
        if not 1 <= position <= size:
            raise ChecklistRefused(msg("checklist.position", row=number, found=str(position)))
        if position in seen:
            raise ChecklistRefused(
                msg("checklist.repeated", row=number, position=position, first=seen[position])
            )
        seen[position] = number
        text = "" if result is None else str(result).strip()
        if text:
            out.append((position, text[:100], number))
    return out


def _about_uuid(rows: Sequence[Sequence[object]]) -> str:
    for values in rows[:4]:
        if len(values) >= 2 and values[0] == "Sample":
            return str(values[1] or "")
    return ""


def _check_container(path: Path) -> None:
    try:
        size = path.stat().st_size
        if size > _MAX_FILE:
            raise ChecklistRefused(
                msg("file.too_big", size=f"{size:,} B", limit=f"{_MAX_FILE:,} B")
            )
        with zipfile.ZipFile(path) as book:
            infos = book.infolist()
    except ChecklistRefused:
        raise
    except FileNotFoundError as error:
        raise ChecklistRefused(msg("file.missing")) from error
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError) as error:
        raise ChecklistRefused(msg("file.not_xlsx")) from error
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if len(infos) > _MAX_MEMBERS or unpacked > _MAX_UNPACKED or unpacked / packed > _MAX_RATIO:
        raise ChecklistRefused(msg("checklist.unsafe"))


def _detail(error: BaseException) -> str:
    return (str(error) or type(error).__name__)[:200]


__all__ = ["COLUMNS", "ChecklistRefused", "ChecklistRow", "read_results", "write_checklist"]
