"""Checking the text of a signed sheet's cells against their columns' kinds.

A whole column is checked at once: its values joined by newlines, matched
by one regular expression. That keeps a 900k-line merge from making a
Python call per cell; only a column that fails is walked to find the row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import cache

from recalldesk.core.messages import Message, msg
from recalldesk.core.packet_format import Field

_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_DATE = "(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
# As RecallDesk writes them (UTC, milliseconds optional); day-of-month is checked by parsing.
_STAMP = (
    "(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,6})?Z"
)
_NUMBER = "[1-9][0-9]{0,8}"  # nine digits: far below SQLite's limit, no leading zeros
_CODE = "[A-Z0-9][A-Z0-9_-]{0,11}"  # an office code (see core.records.OFFICE_CODE)

_PATTERNS = {
    "uuid": _UUID,
    "uuid?": f"(?:{_UUID})?",
    "int": f"(?:0|{_NUMBER})",
    "int+": _NUMBER,
    "bool": "[01]",
    "date?": f"(?:{_DATE})?",
    "stamp": _STAMP,
    "code": _CODE,
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
    if field.kind == "stamp":
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return False
    return True


# Excel's limit on one cell's text, in UTF-16 code units (a longer one is cut on opening).
CELL_LIMIT = 32_767


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def first_too_long(values: Sequence[str], limit: int = CELL_LIMIT) -> int | None:
    """Index of the first value longer than ``limit`` (a cell's at most), or None.

    One C-speed pass when every value is short; ``limit`` counts characters
    below the cell limit and UTF-16 code units at it, as Excel does.
    """
    if not values:
        return None
    longest = max(map(len, values))
    if limit < CELL_LIMIT:
        return None if longest <= limit else next(i for i, v in enumerate(values) if len(v) > limit)
    if longest <= CELL_LIMIT // 2:
        return None
    return next((i for i, v in enumerate(values) if _utf16_length(v) > CELL_LIMIT), None)


def _parses(field: Field, value: str) -> bool:
    if not value:
        return True
    try:
        if field.kind == "stamp":
            datetime.fromisoformat(value)
        else:
            date.fromisoformat(value)
    except ValueError:
        return False
    return True


def first_invalid(field: Field, values: Sequence[str]) -> int | None:
    """Index of the first value not acceptable in ``field``'s column, or None."""
    too_long = first_too_long(values, field.limit)
    if too_long is not None:
        return too_long
    column = _column(field)
    if field.kind == "text":
        return None
    if column is not None and field.kind not in ("date?", "stamp"):
        joined = "\n".join(values) + "\n" if values else ""
        # The count rules out a value that itself holds a newline (two "rows" in one).
        if joined.count("\n") == len(values) and column.fullmatch(joined) is not None:
            return None
    elif column is not None:  # dates and times: the shape in one pass, then each one parsed
        joined = "\n".join(values) + "\n" if values else ""
        if joined.count("\n") == len(values) and column.fullmatch(joined) is not None:
            return next((i for i, v in enumerate(values) if not _parses(field, v)), None)
    elif field.kind == "text!" and all(map(str.strip, values)):
        return None
    return next((i for i, v in enumerate(values) if not _valid(field, v)), None)


def problem(field: Field, value: str) -> Message:
    """Why ``value`` is not acceptable in ``field``'s column (``cell.<kind>``), quoting it."""
    if _utf16_length(value) > CELL_LIMIT:
        return msg("cell.too_long", length=_utf16_length(value), limit=CELL_LIMIT)
    if len(value) > field.limit:
        return msg("cell.longer_than", length=len(value), limit=field.limit)
    shown = value if len(value) <= 60 else value[:57] + "…"
    return msg(
        "cell."
        + field.kind.replace("?", "_or_empty").replace("!", "_required").replace("+", "_positive"),
        found=shown,
        choices=", ".join(repr(c) for c in field.choices),
    )
