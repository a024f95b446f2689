"""Progress of a drive against its requirement and deadline.

The estimate is deliberately conservative: it starts from lines our own
checks found clean and applies the campaign's assumed validity to them, as if
the registrar's own checks (registration, signature match) were still to
remove the usual share. The registrar's sample decides; this only warns early.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from recalldesk.core.counting import Tally
from recalldesk.core.records import Campaign


@dataclass(frozen=True, slots=True)
class Progress:
    raw_signatures: int  # lines that are signatures (not blank or struck)
    lines_with_errors: int  # signatures our checks already rule out
    lines_in_void_sections: int  # signatures on sections that are void or at risk
    required: int
    assumed_validity: float
    days_left: int  # to the filing deadline; negative once past
    repeats: int = 0  # confirmed second signatures of people counted elsewhere

    @property
    def clean(self) -> int:
        return max(
            0,
            self.raw_signatures
            - self.lines_with_errors
            - self.lines_in_void_sections
            - self.repeats,
        )

    @property
    def estimated_valid(self) -> int:
        """Clean lines × assumed validity, rounded down (never overestimates)."""
        return math.floor(self.clean * self.assumed_validity)

    @property
    def share_of_requirement(self) -> float:
        return self.estimated_valid / self.required if self.required else 0.0

    @property
    def raw_needed(self) -> int | None:
        """Raw signatures needed for the estimate to reach the requirement.

        None when no line so far is clean: no number of raw signatures at
        today's rate would reach it.
        """
        if self.raw_signatures == 0:
            return math.ceil(self.required / self.assumed_validity)
        clean_share = self.clean / self.raw_signatures
        per_raw = clean_share * self.assumed_validity
        return math.ceil(self.required / per_raw) if per_raw > 0 else None

    @property
    def raw_still_needed(self) -> int | None:
        needed = self.raw_needed
        return None if needed is None else max(0, needed - self.raw_signatures)


def progress_of(campaign: Campaign, tally: Tally, today: date) -> Progress:
    """The campaign's progress from a count of its lines."""
    return Progress(
        raw_signatures=tally.raw,
        lines_with_errors=tally.ruled_out,
        lines_in_void_sections=tally.on_void_sections,
        repeats=tally.repeats,
        required=campaign.required_signatures,
        assumed_validity=campaign.assumed_validity,
        days_left=days_left(campaign, today),
    )


def days_left(campaign: Campaign, today: date) -> int:
    return (campaign.filing_deadline - today).days
