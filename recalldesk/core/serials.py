"""Section serial numbers handed out in ranges, as campaigns number their petition sections.

Central issues each office its ranges ("0100000" to "0100499", or "PAS-0001" to
"PAS-0500"): a serial is its prefix (everything before its final digits) and
that number. A packet's new section must carry a serial of its own office's
ranges, so no office can log another office's sections first (issue 13).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_SERIAL = re.compile(r"(.*?)(\d+)")


def parse_serial(serial: str) -> tuple[str, int] | None:
    """(prefix, number) of a serial ending in digits; None when it has none."""
    found = _SERIAL.fullmatch(serial.strip())
    if found is None:
        return None
    return found.group(1), int(found.group(2))


@dataclass(frozen=True, slots=True)
class SerialRange:
    office_code: str
    prefix: str
    first: int
    last: int

    def holds(self, serial: str) -> bool:
        parsed = parse_serial(serial)
        return (
            parsed is not None
            and parsed[0] == self.prefix
            and (self.first <= parsed[1] <= self.last)
        )

    def overlaps(self, other: SerialRange) -> bool:
        return self.prefix == other.prefix and self.first <= other.last and other.first <= self.last


def make_range(office_code: str, first: str, last: str) -> SerialRange | None:
    """The range from serial ``first`` to ``last`` (same prefix, first <= last), or None."""
    a, b = parse_serial(first), parse_serial(last)
    if a is None or b is None or a[0] != b[0] or a[1] > b[1]:
        return None
    return SerialRange(office_code, a[0], a[1], b[1])


def owner(serial: str, ranges: Iterable[SerialRange]) -> str | None:
    """The office whose range holds ``serial`` (None: no range does)."""
    return next((r.office_code for r in ranges if r.holds(serial)), None)


__all__ = ["SerialRange", "make_range", "owner", "parse_serial"]
