"""Checking the text of a signed sheet's cells against their columns' kinds.

A whole column is checked at once: its values joined by newlines, matched
by one regular expression. That keeps a 900k-line merge from making a
Python call per cell; only a column that fails is walked to find the row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from recalldesk.core.messages import Message, msg
from recalldesk.core.packet_format import Field

_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
_STAMP = "[0-9]{4}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9][^\n]{0,21}"
_NUMBER = "[1-9][0-9]{0,8}"  # nine digits: far below SQLite's limit, no leading zeros

_PATTERNS = {
    "uuid": _UUID,
    "uuid?": f"(?:{_UUID})?",
    "int": f"(?:0|{_NUMBER})",
    "int+": _NUMBER,
    "bool": "[01]",
    "date?": f"(?:{_DATE})?",
    "stamp": _STAMP,
}


@cache
def _single(field: Field) -> re.Pattern[str] | None:
    if field.kind == "enum":
        return re.compile("|".join(re.escape(c) for c in field.choices))
    pattern = _PATTERNS.get(field.kind)
    return re.compile(pattern) if pattern is not None else None


@cache
def _column(field: Field) -> re.Pattern[str] | None:
    single = _single(field)
    return None if single is None else re.compile(f"(?:(?:{single.pattern})\n)*")


def _valid(field: Field, value: str) -> bool:
    if field.kind == "text!":
        return bool(value.strip())
    single = _single(field)
    if single is not None and single.fullmatch(value) is None:
        return False
    if field.kind == "date?" and value:
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
    return True


# Excel's limit on one cell's text, in UTF-16 code units (a longer one is cut on opening).
CELL_LIMIT = 32_767


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def first_too_long(values: Sequence[str]) -> int | None:
    """Index of the first value longer than a cell may hold, or None (one C-speed pass)."""
    if not values or max(map(len, values)) <= CELL_LIMIT // 2:
        return None
    return next((i for i, v in enumerate(values) if _utf16_length(v) > CELL_LIMIT), None)


def first_invalid(field: Field, values: Sequence[str]) -> int | None:
    """Index of the first value not acceptable in ``field``'s column, or None."""
    too_long = first_too_long(values)
    if too_long is not None:
        return too_long
    column = _column(field)
    if field.kind == "text":
        return None
    if column is not None and field.kind != "date?":
        joined = "\n".join(values) + "\n" if values else ""
        # The count rules out a value that itself holds a newline (two "rows" in one).
        if joined.count("\n") == len(values) and column.fullmatch(joined) is not None:
            return None
    elif field.kind == "text!" and all(map(str.strip, values)):
        return None
    return next((i for i, v in enumerate(values) if not _valid(field, v)), None)


def problem(field: Field, value: str) -> Message:
    """Why ``value`` is not acceptable in ``field``'s column (``cell.<kind>``), quoting it."""
    if _utf16_length(value) > CELL_LIMIT:
        return msg("cell.too_long", length=_utf16_length(value), limit=CELL_LIMIT)
    shown = value if len(value) <= 60 else value[:57] + "…"
    return msg(
        "cell."
        + field.kind.replace("?", "_or_empty").replace("!", "_required").replace("+", "_positive"),
        found=shown,
        choices=", ".join(repr(c) for c in field.choices),
    )
