"""The sample checklist: a workbook volunteers fill in while they look signers up.

One row per drawn line (position, section serial, line, office, name, address)
and a Result column with the registrar's categories as a drop-down list. An
"About" sheet names the sample (its uuid), so a checklist of another draw is
refused on import. Reading takes the file as it comes back from Excel: the
container is checked first (size, members, compression ratio), then rows are
streamed with openpyxl (defusedxml guards its parser), bounded by the sample.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from recalldesk.core.messages import MessageError, msg
from recalldesk.exchange.atomic import atomic_write
from recalldesk.exchange.xlsx_cells import literal_row

SHEET = "Checklist"
ABOUT = "About"
COLUMNS = (
    "Position", "Serial", "Line", "Office", "First name", "Last name", "House number",
    "Street", "Unit", "City", "ZIP", "Result",
)  # fmt: skip
_RESULT_COLUMN = len(COLUMNS)  # 1-based: the last one
_MAX_FILE = 64 * 1024 * 1024
_MAX_UNPACKED = 1024 * 1024 * 1024
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


def write_checklist(
    path: Path,
    *,
    draw_uuid: str,
    title: str,
    about: Sequence[tuple[str, str]],
    rows: Iterable[ChecklistRow],
    choices: Sequence[str],
) -> int:
    """Write the checklist (atomically); returns the rows written."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    sheet.freeze_panes = "B2"
    for letter, width in zip("ABCDEFGHIJKL", (9, 12, 6, 8, 16, 18, 10, 24, 7, 16, 8, 22),
                             strict=True):  # fmt: skip
        sheet.column_dimensions[letter].width = width
    bold = Font(bold=True)
    header = []
    for name in COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        if name == "Result":
            cell.fill = PatternFill("solid", fgColor="FFF4E0")
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append(literal_row(sheet, (
            row.position, row.serial, row.line_number, row.office, row.first_name,
            row.last_name, row.street_number, row.street_name, row.unit, row.city,
            row.zip_code, None,
        )))  # fmt: skip
        count += 1
    listed = DataValidation(
        type="list",
        formula1='"' + ",".join(c.replace('"', "") for c in choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Result",
        error="Choose one of the listed results.",
    )
    listed.add(f"L2:L{count + 1}")
    sheet.data_validations.append(listed)
    info = book.create_sheet(ABOUT)
    info.append(literal_row(info, (title,)))
    info.append(["Sample", draw_uuid])
    for key, value in about:
        info.append(literal_row(info, (key, value)))
    with atomic_write(path) as handle:
        book.save(handle)
    return count


def read_results(path: Path, draw_uuid: str, size: int) -> list[tuple[int, str, int]]:
    """(position, result text, sheet row) for every row with a result; raises ChecklistRefused."""
    _check_container(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise ChecklistRefused(msg("file.damaged", detail=_detail(error))) from error
    try:
        if SHEET not in book.sheetnames or ABOUT not in book.sheetnames:
            raise ChecklistRefused(msg("checklist.not_checklist", sheet=SHEET))
        named = _about_uuid(book[ABOUT])
        if named != draw_uuid:
            raise ChecklistRefused(msg("checklist.other_sample", found=named or "—"))
        rows = book[SHEET].iter_rows(min_row=1, max_col=_RESULT_COLUMN, values_only=True)
        try:
            return _rows(rows, size)
        finally:
            rows.close()  # an unfinished generator holds the sheet's part open
    finally:
        book.close()


def _rows(rows: Iterator[tuple[object, ...]], size: int) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    header = next(rows, None)
    if header is None or tuple(str(v or "").strip() for v in header) != COLUMNS:
        raise ChecklistRefused(msg("checklist.header", sheet=SHEET))
    seen: dict[int, int] = {}
    for number, values in enumerate(rows, start=2):
        if number > size + 1 + 1000:  # room for blank rows Excel keeps, no more
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


def _about_uuid(sheet: object) -> str:
    head = list(sheet.iter_rows(max_row=4, max_col=2, values_only=True))  # type: ignore[attr-defined]
    for values in head:
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
