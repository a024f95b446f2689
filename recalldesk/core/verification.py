"""Verification by blind re-keying (issue 14): which sections, and what differs.

Pure rules, no storage:

- :func:`differences`: the fields where a second keying of a line differs from the
  first. Spacing and letter case are not differences (they change nothing the
  registrar matches on, and the store trims them anyway); everything else is,
  an accent or a digit included.
- :func:`chosen`: whether a section is drawn for verification. The draw is
  random and reproducible: a section is chosen when a hash of the draw's seed
  and the section's uuid falls under the operator's share, so the same seed
  always picks the same sections, on any computer, and a later draw with another
  seed is independent.
- :func:`share_for`: the adaptive rule. An operator whose keying errors exceed
  :data:`ERROR_THRESHOLD` per 1,000 fields (over at least
  :data:`MIN_FIELDS_FOR_RATE` verified fields) has :data:`ADAPTIVE_FACTOR` times
  the base share verified, up to every section.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from recalldesk.core.records import SignatureLine

# The compared fields, in keying order; the mark (blank, struck, illegible) too.
FIELDS = (
    "first_name",
    "last_name",
    "street_number",
    "street_name",
    "unit",
    "zip_code",
    "city",
    "mark",
    "signature_present",  # "yes" or "no": whether the line can count at all
)
DEFAULT_SHARE = 0.10  # of each operator's sections
NEW_OPERATOR_SECTIONS = 3  # every one of a new volunteer's first sections
ERROR_THRESHOLD = 5.0  # fields in error per 1,000 keyed
MIN_FIELDS_FOR_RATE = 200  # fewer verified fields say nothing yet
ADAPTIVE_FACTOR = 3.0


@dataclass(frozen=True, slots=True)
class Difference:
    """One field of one line where the two keyings differ."""

    line_number: int
    field: str
    first: str
    second: str


def _value(line: SignatureLine | None, field: str) -> str:
    if line is None:
        return ""
    value = getattr(line, field)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def same_value(a: str, b: str) -> bool:
    """Equal as the registrar would match them: spacing and letter case aside."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def differences(
    first: dict[int, SignatureLine], second: dict[int, SignatureLine], numbers: range
) -> list[Difference]:
    """Every field that differs, line by line over ``numbers`` (a line missing on one
    side differs in every field the other side filled)."""
    out = []
    for number in numbers:
        a, b = first.get(number), second.get(number)
        if a is None and b is None:
            continue
        for name in FIELDS:
            left, right = _value(a, name), _value(b, name)
            if not same_value(left, right):
                out.append(Difference(number, name, left, right))
    return out


def fields_compared(lines: int) -> int:
    """How many fields a verification of ``lines`` lines compared (the error rate's base)."""
    return lines * len(FIELDS)


def draw_value(seed: int, section_uuid: str) -> float:
    """A number in [0, 1) fixed by the seed and the section: the draw's coin."""
    digest = hashlib.sha256(f"{seed}:{section_uuid}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def errors_per_thousand(errors: int, fields: int) -> float | None:
    """Fields in error per 1,000 compared; None before there is enough to say."""
    if fields < MIN_FIELDS_FOR_RATE:
        return None
    return 1000.0 * errors / fields


def share_for(base: float, rate: float | None) -> float:
    """The share of an operator's sections verified, given their error rate."""
    if rate is not None and rate > ERROR_THRESHOLD:
        return min(1.0, base * ADAPTIVE_FACTOR)
    return base


def chosen(seed: int, section_uuid: str, share: float) -> bool:
    return draw_value(seed, section_uuid) < share


__all__ = [
    "ADAPTIVE_FACTOR",
    "DEFAULT_SHARE",
    "ERROR_THRESHOLD",
    "FIELDS",
    "MIN_FIELDS_FOR_RATE",
    "NEW_OPERATOR_SECTIONS",
    "Difference",
    "chosen",
    "differences",
    "draw_value",
    "errors_per_thousand",
    "fields_compared",
    "same_value",
    "share_for",
]
