"""Will the drive qualify? Tiers, sample thresholds, the validity interval and the pace.

Built around :mod:`recalldesk.core.projection` (the registrar's formula). Where
the law leaves a choice, the reading here is the one that does not overstate
the campaign's count:

* a tier is reached only as EC 11225 words it: *more than* 110% qualifies,
  90% or more (95% statewide) goes to a full count;
* a sample's validity is carried to today's raw count as the *effective*
  validity (the projection, duplicate penalty included, over the raw count it
  was drawn from), rounded down;
* the interval for the validity rate is Wilson's score interval (95%), which
  stays honest for the small samples a campaign draws early.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from recalldesk.core.projection import Outcome, Projection, outcome, project
from recalldesk.core.records import Campaign

Z_95 = 1.959963984540054  # the normal quantile for a two-sided 95% interval


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The fewest valid signatures in the sample that reach each tier (None: unreachable)."""

    raw: int
    sample: int
    duplicates: int
    qualify: int | None  # projected valid above qualify_above × requirement
    full_count: int | None  # projected valid at least fail_below × requirement


def tier_floor(campaign: Campaign, tier: Outcome) -> Decimal:
    """The projected valid count a tier starts at (qualifying must *exceed* it)."""
    share = campaign.qualify_above if tier is Outcome.QUALIFIES else campaign.fail_below
    return Decimal(campaign.required_signatures) * Decimal(str(share))


def thresholds(
    raw: int, sample: int, duplicates: int, campaign: Campaign, never_valid: int = 0
) -> Thresholds:
    """Smallest V reaching each tier, with the regulation's own rounding at every step.

    ``never_valid``: checked lines that cannot be valid whatever the voter roll says
    (withdrawn), so a tier needing more valid signatures than remain is unreachable.

    The projection never falls as V rises, so a binary search over 0..n finds
    each threshold exactly (unrounded fractions can be off by one).
    """

    def smallest(tier: Outcome) -> int | None:
        def reaches(valid: int) -> bool:
            got = outcome(project(raw, sample, valid, duplicates).projected_valid, campaign)
            return got is Outcome.QUALIFIES or (
                tier is Outcome.FULL_COUNT and got is Outcome.FULL_COUNT
            )

        top = sample - duplicates - never_valid  # a duplicate or a withdrawal is never valid
        if top < 0 or not reaches(top):
            return None
        lo, hi = 0, top
        while lo < hi:
            mid = (lo + hi) // 2
            if reaches(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo

    return Thresholds(
        raw, sample, duplicates, smallest(Outcome.QUALIFIES), smallest(Outcome.FULL_COUNT)
    )


def wilson_interval(valid: int, sample: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson's score interval for a proportion (valid out of sample)."""
    if sample <= 0:
        return 0.0, 1.0
    p = valid / sample
    denominator = 1 + z * z / sample
    centre = (p + z * z / (2 * sample)) / denominator
    half = z * math.sqrt(p * (1 - p) / sample + z * z / (4 * sample * sample)) / denominator
    low = 0.0 if valid <= 0 else max(0.0, centre - half)
    high = 1.0 if valid >= sample else min(1.0, centre + half)
    return low, high


def effective_validity(projection: Projection) -> float:
    """Projected valid per raw signature, the duplicate penalty included."""
    return max(0, projection.projected_valid) / projection.raw if projection.raw else 0.0


def raw_target(campaign: Campaign, validity: float, share: float | None = None) -> int | None:
    """Raw signatures that, at ``validity``, project above ``share`` of the requirement
    (the qualifying share by default). None when validity is nil."""
    share = campaign.qualify_above if share is None else share
    if validity <= 0:
        return None
    goal = Decimal(campaign.required_signatures) * Decimal(str(share))
    # Strictly above the goal: the smallest whole count whose floor(raw × v) exceeds it.
    raw = math.ceil(float(goal) / validity)
    while math.floor(raw * validity) <= goal:
        raw += 1
    return raw


@dataclass(frozen=True, slots=True)
class Pace:
    """How fast raw signatures come in against how fast they must."""

    raw: int
    target: int | None  # raw needed by the deadline (None: no validity to aim with)
    days_left: int
    last_7_days: float  # raw signatures a day, averaged over the last 7 days
    needed_per_day: float | None  # None when the target is unknown or the deadline passed

    @property
    def still_needed(self) -> int | None:
        return None if self.target is None else max(0, self.target - self.raw)

    @property
    def at_deadline(self) -> int:
        """Raw signatures by the deadline if the last 7 days' pace holds."""
        return self.raw + math.floor(self.last_7_days * max(0, self.days_left))

    @property
    def on_track(self) -> bool | None:
        if self.target is None:
            return None
        return self.at_deadline >= self.target


def pace(
    raw: int, target: int | None, today: date, deadline: date, per_day: dict[date, int]
) -> Pace:
    """``per_day``: raw signatures keyed each day (days without any may be left out)."""
    days_left = (deadline - today).days
    recent = sum(n for day, n in per_day.items() if 0 <= (today - day).days < 7)
    needed = None
    if target is not None:
        remaining = max(0, target - raw)
        needed = remaining / days_left if days_left > 0 else None
        if remaining == 0:
            needed = 0.0
    return Pace(raw, target, days_left, recent / 7, needed)


__all__ = [
    "Pace",
    "Thresholds",
    "effective_validity",
    "pace",
    "raw_target",
    "thresholds",
    "tier_floor",
    "wilson_interval",
]
