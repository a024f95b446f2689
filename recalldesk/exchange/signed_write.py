"""Writing signed workbooks (packets, digests): cell text as a reader will see it.

The signature covers what a reader will get back from each cell, so text is
brought to that form before it is signed and written: characters XML cannot
carry are dropped (the streaming writer drops them too), and the rare text
that holds ``_xHHHH_`` escape look-alikes is settled to the value a reader
decodes. Ordinary text passes through untouched, checked one row at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from openpyxl import Workbook
from openpyxl.styles import Font

from recalldesk.core.packet_format import MANIFEST_HEADER, MANIFEST_SHEET
from recalldesk.exchange.xlsx_cells import FONT_NAME
from recalldesk.exchange.xlsx_stream import Column, safe_text, write_literal

# Anything the XML writer would change: characters XML 1.0 cannot carry, or an
# OOXML escape sequence (readers decode "_x0041_" as "A").
_NEEDS_CARE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_"
).search
_WRITER_ESCAPE = re.compile("(_x[0-9A-Fa-f]{4}_)")  # as xlsx_cells protects a literal escape
_READER_DECODE = re.compile("_x([0-9A-Fa-f]{4})_")


def _read_back(text: str) -> str:
    """What a reader decodes from ``text`` as the workbook writer stores it."""
    stored = _WRITER_ESCAPE.sub(r"_x005F\1", safe_text(text))
    return _READER_DECODE.sub(lambda m: chr(int(m.group(1), 16)), stored)


def cell_text(value: str) -> str:
    """``value`` as a reader will get it back from a text cell we write."""
    for _ in range(8):  # settles in one or two steps; each step only shortens the text
        back = _read_back(value)
        if back == value:
            return value
        value = back
    raise ValueError(f"text that cannot be stored faithfully: {value[:40]!r}")


def settle_rows(rows: Iterable[Sequence[str]]) -> Iterator[tuple[str, ...]]:
    """Rows with every cell as :func:`cell_text` gives it (fast for ordinary text)."""
    for row in rows:
        if _NEEDS_CARE("\n".join(row)) is None:  # one scan per row; "\n" is legal in XML
            yield tuple(row)
        else:
            yield tuple(cell_text(v) for v in row)


def text_columns(headers: Sequence[str], width: float = 16.0) -> list[Column]:
    """Every signed sheet is text: ids, numbers and dates included (see packet_format)."""
    wide = {"uuid": 38.0, "section_uuid": 38.0, "operator_uuid": 38.0, "circulator_uuid": 38.0}
    return [Column(h, "text", wide.get(h, width)) for h in headers]


def add_manifest_sheet(wb: Workbook, fields: Sequence[tuple[str, str]]) -> None:
    """The Manifest sheet: one ``field | value`` row per manifest field, all text."""
    ws = wb.create_sheet(MANIFEST_SHEET)
    bold = Font(name=FONT_NAME, bold=True)
    for col, header in enumerate(MANIFEST_HEADER, start=1):
        write_literal(ws.cell(1, col), header)
        ws.cell(1, col).font = bold
    for row, (name, value) in enumerate(fields, start=2):
        write_literal(ws.cell(row, 1), name)
        write_literal(ws.cell(row, 2), cell_text(value))
        ws.cell(row, 2).number_format = "@"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    ws.freeze_panes = "A2"


def add_typed_sheet(
    wb: Workbook, title: str, header: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """A small signed sheet whose numbers are number cells (counts with thousands
    separators, shares — floats — as percentages) and the rest text."""
    ws = wb.create_sheet(title)
    bold = Font(name=FONT_NAME, bold=True)
    for col, name in enumerate(header, start=1):
        write_literal(ws.cell(1, col), name)
        ws.cell(1, col).font = bold
        ws.column_dimensions[ws.cell(1, col).column_letter].width = max(16, len(name) + 2)
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            cell = ws.cell(r, col)
            write_literal(cell, value)
            if isinstance(value, float):
                cell.number_format = "0.00%"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
            else:
                cell.number_format = "@"
    ws.freeze_panes = "A2"
