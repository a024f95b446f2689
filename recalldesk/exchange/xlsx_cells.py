"""Cell-level rules shared by the streamed and the openpyxl-written sheets.

Everything here is about keeping user-typed text *literal*: never a formula, never XML that
a reader rejects, and never silently converted into something else.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from typing import Any, Literal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell

from recalldesk.core.packet_checks import CELL_LIMIT as PACKET_CELL_LIMIT

ColumnKind = Literal["text", "int", "float", "date", "datetime", "bool"]

# Called as fmt(value, row_number_as_str) -> "<c .../>" XML, or "" for an empty cell.
CellFormatter = Callable[[object, str], str]

# Not allowed anywhere in an XML 1.0 document: C0 controls other than tab/LF/CR, lone
# surrogates (unencodable in UTF-8 anyway) and the two noncharacters U+FFFE/U+FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# One scan tells the hot path whether a string needs any work at all (rare in real data).
# CR is included because XML parsers turn a literal CR into LF; only "&#13;" survives.
_NEEDS_WORK = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]").search
# Readers (Excel, LibreOffice, calamine) decode "_xHHHH_" in cell text as an escaped character;
# a literal one is protected by escaping its underscore, as XlsxWriter does.
# Every underscore that starts such a sequence is escaped, so overlapping ones
# ("_x005F_x0041_") survive too.
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
# OWASP formula-injection triggers; tab/CR/LF are included because spreadsheet apps strip them.
FORMULA_START = "=+-@\t\r\n"

_EPOCH = dt.datetime(1899, 12, 30)  # Excel 1900 date system, serial 0 (leap-year bug absorbed).
_EPOCH_ORDINAL = _EPOCH.toordinal()
_DAY = dt.timedelta(days=1)
# Serials before 1900-03-01 are off by one in Excel (phantom 1900-02-29) and negative ones are
# invalid, so such dates go out as ISO text rather than as a wrong number.
_FIRST_SAFE_DATE = dt.date(1900, 3, 1)
_FIRST_SAFE_DATETIME = dt.datetime(1900, 3, 1)
# Excel keeps 15 significant digits; bigger ints (IDs) would be silently rounded.
_MAX_EXACT_INT = 10**15 - 1

# Excel's limit on one cell's text, in UTF-16 code units; a longer cell makes Excel
# "repair" the file and cut it anyway. (The packet checks refuse longer ones.)
CELL_LIMIT = PACKET_CELL_LIMIT
# Named, so no reader falls back to a serif font for a bold header.
FONT_NAME = "Calibri"

NUMBER_FORMATS: dict[ColumnKind, str] = {
    "text": "@",
    "int": "#,##0",
    "float": "0.00",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
    "bool": "General",
}


def safe_text(value: str) -> str:
    """Strip characters that are illegal in XML 1.0 (a reader would reject the whole file)."""
    return _ILLEGAL_XML.sub("", value)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, as Excel counts a cell's characters."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def fit_cell(text: str) -> str:
    """``text`` cut to what one cell may hold, ending in "…" when cut (never longer)."""
    if len(text) <= CELL_LIMIT // 2 or utf16_length(text) <= CELL_LIMIT:
        return text
    cut = text[: CELL_LIMIT - 1]
    while utf16_length(cut) > CELL_LIMIT - 1:
        cut = cut[: len(cut) - (utf16_length(cut) - (CELL_LIMIT - 1) + 1) // 2 or -1]
    return cut + "…"


def is_formula_like(value: str) -> bool:
    """True for text that a spreadsheet could take as a formula if re-typed or re-exported."""
    return value[:1] in FORMULA_START if value else False


def write_literal(cell: Cell, value: object) -> None:
    """Set an openpyxl cell so that text always stays literal text, never a formula."""
    if isinstance(value, str):
        text = fit_cell(safe_text(value))
        cell.value = _OOXML_ESCAPE.sub("_x005F_", text) if "_x" in text else text
        # openpyxl binds "=..." as a formula; force it back to a plain string.
        cell.data_type = "s"
        # quotePrefix makes Excel keep it literal even when the user edits the cell.
        cell.quotePrefix = is_formula_like(text)
    else:
        cell.value = value


def _escape(text: str) -> str:
    """XML-escape already safe text for element content, protecting literal "_xHHHH_"."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\r", "&#13;")
    return _OOXML_ESCAPE.sub("_x005F_", text) if "_x" in text else text


def _text_formatter(letter: str, style: int, quote_style: int) -> CellFormatter:
    # Prefixes are built once per column; the hot path is one f-string per cell.
    plain = f'<c r="{letter}{{}}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
    plain_head, plain_tail = plain.split("{}")
    quoted_tail = plain_tail.replace(f's="{style}"', f's="{quote_style}"')
    end = "</t></is></c>"

    def fmt(value: object, row: str) -> str:
        text = value if type(value) is str else str(value)
        if len(text) > CELL_LIMIT // 2:
            text = fit_cell(text)
        if _NEEDS_WORK(text) is not None or "_x" in text:
            raw = safe_text(text)
            text = _escape(raw)
        else:
            raw = text
        if not raw:
            return ""
        if raw[0] in FORMULA_START:
            return f"{plain_head}{row}{quoted_tail}{text}{end}"
        return f"{plain_head}{row}{plain_tail}{text}{end}"

    return fmt


def make_formatter(kind: ColumnKind, letter: str, style: int, quote_style: int) -> CellFormatter:
    """Build the per-column XML formatter. Values of an unexpected type are written as text."""
    as_text = _text_formatter(letter, style, quote_style)
    if kind == "text":
        return as_text
    num = f'<c r="{letter}{{}}" s="{style}"><v>'
    head, tail = num.split("{}")

    if kind == "int":

        def fmt_int(value: object, row: str) -> str:
            if type(value) is int and -_MAX_EXACT_INT <= value <= _MAX_EXACT_INT:
                return f"{head}{row}{tail}{value}</v></c>"
            return as_text(value, row)

        return fmt_int
    if kind == "float":

        def fmt_float(value: object, row: str) -> str:
            if (type(value) is float and math.isfinite(value)) or (
                type(value) is int and -_MAX_EXACT_INT <= value <= _MAX_EXACT_INT
            ):
                return f"{head}{row}{tail}{value!r}</v></c>"
            return as_text(value, row)

        return fmt_float
    if kind in ("date", "datetime"):

        def fmt_date(value: object, row: str) -> str:
            if type(value) is dt.date and value >= _FIRST_SAFE_DATE:
                return f"{head}{row}{tail}{value.toordinal() - _EPOCH_ORDINAL}</v></c>"
            if (
                type(value) is dt.datetime
                and value.tzinfo is None  # Excel has no zones; aware values go out as ISO text
                and value >= _FIRST_SAFE_DATETIME
            ):
                return f"{head}{row}{tail}{(value - _EPOCH) / _DAY!r}</v></c>"
            if isinstance(value, dt.date):
                return as_text(value.isoformat(), row)
            return as_text(value, row)

        return fmt_date
    if kind == "bool":
        true = f'" s="{style}" t="b"><v>1</v></c>'
        false = f'" s="{style}" t="b"><v>0</v></c>'
        cell = f'<c r="{letter}'

        def fmt_bool(value: object, row: str) -> str:
            if value is True:
                return f"{cell}{row}{true}"
            if value is False:
                return f"{cell}{row}{false}"
            return as_text(value, row)

        return fmt_bool
    raise ValueError(f"unknown column kind {kind!r}")


def literal_row(sheet: Any, values: Iterable[object]) -> list[object]:
    """A write-only sheet's row in which text stays text (a name "=HYPERLINK(…)" included)."""
    row: list[object] = []
    for value in values:
        if not isinstance(value, str):
            row.append(value)
        elif is_formula_like(value) or "_x" in value or _needs_cleaning(value):
            cell = WriteOnlyCell(sheet)  # the slow path, for the rare text that needs it
            write_literal(cell, value)
            row.append(cell)
        else:
            row.append(value)
    return row


def _needs_cleaning(value: str) -> bool:
    return len(value) > CELL_LIMIT // 2 or _ILLEGAL_XML.search(value) is not None
