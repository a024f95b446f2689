"""Dates typed the way volunteers write them: 2/14/22, 02/14/2022, 2022-02-14, 021422."""

from __future__ import annotations

import re
from datetime import date

_SLASHED = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")


def parse_date(text: str, century: int = 2000) -> date | None:
    """A US-style date, or None when empty or not a real date."""
    if not text.strip():
        return None
    for pattern, order in ((_ISO, "ymd"), (_SLASHED, "mdy"), (_DIGITS, "mdy")):
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            year = parts["y"] + century if parts["y"] < 100 else parts["y"]
            try:
                return date(year, parts["m"], parts["d"])
            except ValueError:
                return None
    return None


def format_date(value: date | None) -> str:
    return f"{value:%m/%d/%Y}" if value else ""
