"""Figures by office and by circulator, and which of them stand out.

"Far below the rest" is decided the way a quality engineer reads a p-chart:
a group stands out when its rate lies more than three standard errors
beyond the rate of everyone else, ``|p_i − p| > 3·√(p(1 − p)/n_i)``, and only
once it has ``MIN_LINES`` lines (a circulator with four lines, one of them
wrong, is noise, not a finding). Three standard errors keep false alarms to
about one in 700 groups per figure when nothing is wrong.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from recalldesk.core.counting import Tally

Z_LIMIT = 3.0
MIN_LINES = 30


@dataclass(slots=True)
class GroupFigures:
    """One office's or circulator's lines, counted the one way (:class:`Tally`)."""

    key: str  # office code, or circulator name
    label: str
    sections: int = 0
    tally: Tally | None = None
    problems: dict[str, int] | None = None  # lines by problem code
    sample_checked: int = 0
    sample_valid: int = 0

    @property
    def raw(self) -> int:
        return self.tally.raw if self.tally else 0

    @property
    def ruled_out(self) -> int:
        return self.tally.ruled_out if self.tally else 0

    @property
    def repeats(self) -> int:
        return self.tally.repeats if self.tally else 0

    @property
    def problem_rate(self) -> float | None:
        """Signatures our checks rule out, per raw signature."""
        return self.ruled_out / self.raw if self.raw else None

    @property
    def sample_validity(self) -> float | None:
        return self.sample_valid / self.sample_checked if self.sample_checked else None


def stands_out(rate: float | None, n: int, overall: float | None, *, high: bool) -> bool:
    """Whether ``rate`` over ``n`` lines lies beyond three standard errors of ``overall``
    (above it when ``high``, below it otherwise)."""
    if rate is None or overall is None or n < MIN_LINES or not 0.0 < overall < 1.0:
        return False
    limit = Z_LIMIT * math.sqrt(overall * (1 - overall) / n)
    return rate - overall > limit if high else overall - rate > limit


@dataclass(frozen=True, slots=True)
class Flags:
    problems: bool  # problem rate far above the rest
    validity: bool  # sample validity far below the rest


def flag(groups: list[GroupFigures]) -> dict[str, Flags]:
    """Which groups stand out, each against all the others' pooled rate."""
    raw = sum(g.raw for g in groups)
    bad = sum(g.ruled_out for g in groups)
    checked = sum(g.sample_checked for g in groups)
    valid = sum(g.sample_valid for g in groups)
    out = {}
    for g in groups:
        rest_raw, rest_bad = raw - g.raw, bad - g.ruled_out
        rest_checked, rest_valid = checked - g.sample_checked, valid - g.sample_valid
        out[g.key] = Flags(
            stands_out(g.problem_rate, g.raw, rest_bad / rest_raw if rest_raw else None,
                       high=True),
            stands_out(g.sample_validity, g.sample_checked,
                       rest_valid / rest_checked if rest_checked else None, high=False),
        )  # fmt: skip
    return out
