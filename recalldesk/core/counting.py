"""The one definition of which lines count: raw, ruled out, on void sections, counted.

The dashboard, the export, the digests and (later) the sample all stand on
this module; the store only groups lines by the columns named here and
hands the groups to :class:`Tally`, so no SQL anywhere decides what a raw
signature is.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from recalldesk.core.records import LineMark

# Lines that are not signatures at all: nothing written, or crossed out on paper.
NOT_SIGNATURE_MARKS = frozenset({LineMark.BLANK, LineMark.STRUCK})


class Standing(enum.StrEnum):
    """Where one keyed line stands in the count."""

    NOT_A_SIGNATURE = "not_a_signature"  # blank or struck: not in the raw count
    RULED_OUT = "ruled_out"  # a signature our checks already rule out (an error)
    REPEAT = "repeat"  # a confirmed second signature of someone counted on another line
    ON_VOID_SECTION = "on_void_section"  # otherwise clean, but its section is void or at risk
    COUNTED = "counted"  # a signature nothing we know of rules out


def is_signature(mark: str) -> bool:
    """Whether a line with this mark is in the registrar's raw count."""
    return mark not in NOT_SIGNATURE_MARKS


def standing(mark: str, severity: str, section_voided: bool, repeat: bool = False) -> Standing:
    """The standing of a line with this mark and worst severity, on a void section or not,
    confirmed as a repeat of a signer or not (one of a person's signatures counts; the
    registrar reports the others as "signed more than once")."""
    if not is_signature(mark):
        return Standing.NOT_A_SIGNATURE
    if severity == "error":
        return Standing.RULED_OUT
    if repeat:
        return Standing.REPEAT
    if section_voided:
        return Standing.ON_VOID_SECTION
    return Standing.COUNTED


@dataclass(slots=True)
class Tally:
    """Lines counted by standing; feed it groups of (mark, severity, voided, n)."""

    lines: int = 0
    not_signatures: int = 0
    ruled_out: int = 0
    repeats: int = 0  # confirmed repeats of a signer (who counts once, elsewhere)
    on_void_sections: int = 0
    counted: int = 0
    warnings: int = 0  # signatures with a warning (counted or on a void section)

    @property
    def raw(self) -> int:
        """Raw signatures: every line that is a signature, whatever else is wrong with it."""
        return self.lines - self.not_signatures

    def add(
        self, mark: str, severity: str, section_voided: bool, n: int = 1, repeat: bool = False
    ) -> Standing:
        where = standing(mark, severity, bool(section_voided), bool(repeat))
        self.lines += n
        if where is Standing.NOT_A_SIGNATURE:
            self.not_signatures += n
        elif where is Standing.RULED_OUT:
            self.ruled_out += n
        elif where is Standing.REPEAT:
            self.repeats += n
        elif where is Standing.ON_VOID_SECTION:
            self.on_void_sections += n
        else:
            self.counted += n
        if where is not Standing.NOT_A_SIGNATURE and severity == "warning":
            self.warnings += n
        return where
