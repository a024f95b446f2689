"""Workbook export: openpyxl for the small formatted sheets, a narrow streaming writer for the
big data sheets.

openpyxl (even write-only) manages only a few thousand rows/s, far too slow for 900k-2.2M
signature rows. So openpyxl builds the whole workbook -- styles, small sheets, and for each
data sheet the header, panes, widths, autofilter and one or two *prototype* data rows that
register the cell styles we need -- and we then copy its zip into the target, replacing only
the data sheets' ``<sheetData>`` with rows streamed straight into the zip member.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from posixpath import join as posix_join
from posixpath import normpath
from typing import IO, BinaryIO

import openpyxl
from defusedxml import ElementTree
from openpyxl.styles import Font
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from recalldesk import __version__
from recalldesk.exchange.xlsx_cells import (
    FONT_NAME,
    NUMBER_FORMATS,
    ColumnKind,
    is_formula_like,
    make_formatter,
    safe_text,
    write_literal,
)

__all__ = [
    "Column",
    "ColumnKind",
    "StreamedSheet",
    "is_formula_like",
    "safe_text",
    "write_literal",
    "write_workbook",
]

_BATCH = 5_000  # rows per write() and per progress() call
_MAX_TITLE = 31  # Excel's sheet-name limit
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DIMENSION = re.compile(r'<dimension ref="[^"]*"\s*/>')
_HEADER_ROW = re.compile(r'<row r="1"[\s>].*?</row>', re.DOTALL)
_END = object()  # sentinel for "iterator exhausted"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a streamed sheet; ``kind`` picks the cell type and number format."""

    header: str
    kind: ColumnKind
    width: float = 14.0


@dataclass(slots=True)
class StreamedSheet:
    """A big data sheet whose rows are streamed, spilling onto numbered sheets if needed."""

    title: str  # spill sheets are "<title> 2", "<title> 3", ...
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]  # values in column order; None = empty cell
    row_count: int  # rows the iterable will yield; needed up front for dimension/autofilter
    # Anything else the sheet carries beyond its rows (a drop-down list, say), set on the
    # openpyxl side; it survives because only <sheetData> is replaced.
    decorate: Callable[[Worksheet, int], None] | None = None  # (sheet, its data rows)


@dataclass(slots=True)
class _Part:
    """One physical data sheet: a streamed sheet or one of its spill sheets."""

    source: StreamedSheet
    title: str
    first: bool  # first part of its StreamedSheet: starts iterating its rows
    last: bool  # last part: checks the iterator is exhausted
    count: int  # data rows in this part


def write_workbook(
    target: BinaryIO,
    build_small_sheets: Callable[[openpyxl.Workbook], None],
    streamed: Sequence[StreamedSheet],
    *,
    max_rows_per_sheet: int = 1_048_576,
    progress: Callable[[int], None] | None = None,
    compresslevel: int = 1,
) -> None:
    """Write the workbook to ``target``. Raises ValueError if a sheet's rows don't match its
    row_count; exceptions from ``progress`` propagate (that is how a caller cancels)."""
    if max_rows_per_sheet < 2:
        raise ValueError("max_rows_per_sheet must leave room for a header and a data row")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = wb.properties.lastModifiedBy = f"RecallDesk {__version__}"
    wb.calculation.fullCalcOnLoad = False  # values only: nothing to recalculate
    build_small_sheets(wb)
    parts = [part for sheet in streamed for part in _split(sheet, max_rows_per_sheet - 1)]
    for new in parts:
        _add_prototype_sheet(wb, new)
    if not wb.worksheets:
        raise ValueError("a workbook needs at least one sheet")

    template = io.BytesIO()
    wb.save(template)
    with (
        zipfile.ZipFile(template) as src,
        zipfile.ZipFile(
            target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel
        ) as out,
    ):
        paths = _sheet_paths(src)
        by_path = {paths[part.title]: part for part in parts}
        pending = iter(parts)
        rows: Iterator[Sequence[object]] = iter(())
        done = 0
        for info in src.infolist():  # keep openpyxl's member order ([Content_Types] etc.)
            part = by_path.get(info.filename)
            if part is None:
                out.writestr(info, src.read(info), compresslevel=compresslevel)
                continue
            # Spill sheets share one row iterator, so they must be met in workbook order
            # (openpyxl writes sheet1.xml, sheet2.xml, ... in that order).
            if part is not next(pending):
                raise RuntimeError("openpyxl wrote the data sheets out of order")
            if part.first:
                rows = iter(part.source.rows)
            xml = src.read(info).decode("utf-8")
            with out.open(info.filename, "w", force_zip64=_needs_zip64(part)) as member:
                done = _stream_sheet(member, xml, part, rows, done, progress)
            if part.last and next(rows, _END) is not _END:
                raise ValueError(f"sheet {part.title!r}: rows yielded more than row_count")


def _needs_zip64(part: _Part) -> bool:
    """Zip64 only for members that may pass 2 GB: Excel is known to reject zip64 headers
    it does not need (XlsxWriter issue #656). A signature row measures ~57 bytes a cell
    uncompressed; 85 leaves room for long names, so a full 1,048,576-row sheet stays plain.
    """
    return part.count * len(part.source.columns) * 85 > zipfile.ZIP64_LIMIT


def _split(sheet: StreamedSheet, per_sheet: int) -> list[_Part]:
    if sheet.row_count < 0:
        raise ValueError(f"sheet {sheet.title!r}: negative row_count")
    if not sheet.columns:
        raise ValueError(f"sheet {sheet.title!r}: no columns")
    n = max(1, -(-sheet.row_count // per_sheet))  # ceil; an empty sheet still gets a header
    out = []
    for i in range(n):
        suffix = f" {i + 1}" if i else ""
        title = sheet.title[: _MAX_TITLE - len(suffix)] + suffix
        count = min(per_sheet, sheet.row_count - i * per_sheet)
        out.append(_Part(sheet, title, i == 0, i == n - 1, count))
    return out


def _add_prototype_sheet(wb: openpyxl.Workbook, part: _Part) -> None:
    """Add the openpyxl side of a data sheet; rows 2-3 only exist to register styles."""
    ws = wb.create_sheet(part.title)
    if ws.title != part.title:  # openpyxl silently renames duplicates
        raise ValueError(f"duplicate sheet title {part.title!r}")
    bold = Font(name=FONT_NAME, bold=True)
    for i, col in enumerate(part.source.columns, start=1):
        letter = get_column_letter(i)
        write_literal(ws.cell(1, i), col.header)
        ws.cell(1, i).font = bold
        # Wide enough for the whole header (a clipped "Declared li" helps no one).
        ws.column_dimensions[letter].width = max(col.width, len(col.header) + 2)
        fmt = NUMBER_FORMATS[col.kind]
        ws.cell(2, i).number_format = fmt
        # Quote-prefixed twin for formula-like text (also used when a value of the wrong
        # type falls back to text in a non-text column).
        ws.cell(3, i).number_format = fmt
        ws.cell(3, i).quotePrefix = True
    last = get_column_letter(len(part.source.columns))
    ws.freeze_panes = "A2"
    set_up_printing(ws, repeat_header=True)
    # Set here (not patched later) so openpyxl also writes the matching _FilterDatabase name.
    ws.auto_filter.ref = f"A1:{last}{part.count + 1}"
    if part.source.decorate is not None:
        part.source.decorate(ws, part.count)


def set_up_printing(ws: Worksheet, *, repeat_header: bool) -> None:
    """Landscape, as wide as the page, the sheet's name and page number in the margins."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = "&A"  # the sheet's name
    ws.oddFooter.center.text = "&P / &N"
    if repeat_header:
        ws.print_title_rows = "1:1"


def _sheet_paths(src: zipfile.ZipFile) -> dict[str, str]:
    """Map sheet title -> zip member path, via workbook.xml and its relationships."""
    rels = ElementTree.fromstring(src.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for rel in rels.iter(f"{_PKG_NS}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posix_join("xl", target)
        targets[rel.get("Id")] = normpath(path)
    book = ElementTree.fromstring(src.read("xl/workbook.xml"))
    return {
        sheet.get("name", ""): targets[sheet.get(f"{_REL_NS}id")]
        for sheet in book.iter(f"{_MAIN_NS}sheet")
    }


def _stream_sheet(
    member: IO[bytes],
    xml: str,
    part: _Part,
    rows: Iterator[Sequence[object]],
    done: int,
    progress: Callable[[int], None] | None,
) -> int:
    """Write openpyxl's sheet XML with its prototype rows replaced by the streamed rows."""
    open_at = xml.index("<sheetData>")
    close_at = xml.index("</sheetData>") + len("</sheetData>")
    sheet_data = xml[open_at:close_at]
    header = _HEADER_ROW.search(sheet_data)
    if header is None:
        raise RuntimeError(f"sheet {part.title!r}: openpyxl wrote no header row")
    columns = part.source.columns
    last_cell = f"{get_column_letter(len(columns))}{part.count + 1}"
    head, found = _DIMENSION.subn(f'<dimension ref="A1:{last_cell}" />', xml[:open_at], count=1)
    if not found:
        raise RuntimeError(f"sheet {part.title!r}: openpyxl wrote no <dimension>")
    styles = _prototype_styles(sheet_data)
    formatters = tuple(
        make_formatter(col.kind, get_column_letter(i), styles.get((2, i), 0), styles.get((3, i), 0))
        for i, col in enumerate(columns, start=1)
    )
    member.write(f"{head}<sheetData>{header.group(0)}".encode())

    row_no = 2  # row 1 is the header
    end = part.count + 2
    while row_no < end:
        stop = min(row_no + _BATCH, end)
        chunk: list[str] = []
        try:
            for row in islice(rows, stop - row_no):
                r = str(row_no)
                cells = "".join(
                    [fmt(v, r) for fmt, v in zip(formatters, row, strict=True) if v is not None]
                )
                chunk.append(f'<row r="{r}">{cells}</row>')
                row_no += 1
        except ValueError as exc:  # e.g. zip(strict=True): a row of the wrong length
            raise ValueError(f"sheet {part.title!r}, row {row_no}: {exc}") from exc
        if row_no < stop:
            raise ValueError(f"sheet {part.title!r}: rows yielded fewer than row_count")
        member.write("".join(chunk).encode())
        done += len(chunk)
        if progress is not None:
            progress(done)
    member.write(f"</sheetData>{xml[close_at:]}".encode())
    return done


def _prototype_styles(sheet_data: str) -> dict[tuple[int, int], int]:
    """(row, column) -> style id of openpyxl's prototype cells; absent means style 0."""
    out = {}
    for row in ElementTree.fromstring(sheet_data):
        for cell in row:
            letters, row_no = coordinate_from_string(cell.get("r", ""))
            out[(row_no, column_index_from_string(letters))] = int(cell.get("s", "0"))
    return out
