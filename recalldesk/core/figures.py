"""Campaign-wide figures: what the dashboard, the Summary sheet and reports show."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from recalldesk.core.counting import Tally


@dataclass(frozen=True, slots=True)
class OfficeFigures:
    code: str
    name: str
    sections: int
    lines: int


@dataclass(slots=True)
class Figures:
    """Counts read in one snapshot. ``tally`` is the one count of raw and counted lines."""

    tally: Tally = field(default_factory=Tally)
    problems_by_code: Counter[str] = field(default_factory=Counter)
    sections_by_status: Counter[str] = field(default_factory=Counter)
    section_problems_by_code: Counter[str] = field(default_factory=Counter)
    sections: int = 0
    voided_sections: int = 0
    declared_lines: int = 0
    offices: list[OfficeFigures] = field(default_factory=list)
    lines_by_day: dict[str, int] = field(default_factory=dict)  # local calendar days
    signatures_by_day: dict[str, int] = field(default_factory=dict)  # raw, by local day

    @property
    def total_lines(self) -> int:
        return self.tally.lines

    @property
    def raw_signatures(self) -> int:
        return self.tally.raw

    @property
    def blank_or_struck(self) -> int:
        return self.tally.not_signatures

    @property
    def lines_with_errors(self) -> int:
        return self.tally.ruled_out

    @property
    def lines_in_void_sections(self) -> int:
        return self.tally.on_void_sections

    @property
    def repeats(self) -> int:
        """Signatures confirmed as a second signature of someone counted elsewhere."""
        return self.tally.repeats

    @property
    def lines_with_warnings(self) -> int:
        return self.tally.warnings
