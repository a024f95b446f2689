"""Dates typed the way volunteers write them, in the order of the language in use.

The day/month order follows the language's locale (Qt's short date format):
English (United States) is month first, 2/14/22; Spanish (United States, as in
Mexico) is day first, 14/2/22. :func:`date_hint` says the order beside every
date field, and a date that is not real in that order is refused, never read
the other way round. ISO dates (2022-02-14) are always accepted, and six digits
run together (021422) follow the same order.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

_SLASHED = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")

MONTH_FIRST, DAY_FIRST = "mdy", "dmy"
_order = MONTH_FIRST


def set_order(order: str) -> None:
    """Month or day first (ui.language sets it with the language)."""
    global _order
    if order not in (MONTH_FIRST, DAY_FIRST):
        raise ValueError(order)
    _order = order


def order() -> str:
    return _order


def date_hint() -> str:
    """How to type a date in the order in use, in the user's words: "m/d/yyyy"."""
    if _order == DAY_FIRST:
        return QCoreApplication.translate("Dates", "d/m/yyyy")
    return QCoreApplication.translate("Dates", "m/d/yyyy")


def parse_date(text: str, century: int = 2000) -> date | None:
    """A date in the order in use (or ISO), or None when empty or not a real date."""
    if not text.strip():
        return None
    for pattern, fields in ((_ISO, "ymd"), (_SLASHED, _order), (_DIGITS, _order)):
        match = pattern.match(text)
        if match:
            parts = dict(zip(fields, (int(g) for g in match.groups()), strict=True))
            year = parts["y"] + century if parts["y"] < 100 else parts["y"]
            try:
                return date(year, parts["m"], parts["d"])
            except ValueError:
                return None
    return None


def format_date(value: date | None) -> str:
    """A date as it is typed in the order in use: 02/14/2022 or 14/02/2022."""
    if not value:
        return ""
    return f"{value:%d/%m/%Y}" if _order == DAY_FIRST else f"{value:%m/%d/%Y}"
