"""The registrar's random-sample projection (EC 11225; 2 CCR 20530–20532).

Decimal arithmetic so every rounding step matches the regulation exactly; the
worked example of 2 CCR 20540 is a unit test.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from recalldesk.core.records import Campaign


class Outcome(enum.StrEnum):
    QUALIFIES = "qualifies"  # projected valid above 110% of the requirement
    FULL_COUNT = "full count"  # 90–110%: every signature is checked
    FAILS = "fails"  # below 90%


@dataclass(frozen=True, slots=True)
class Projection:
    raw: int  # N
    sample: int  # n
    valid_in_sample: int  # V
    duplicates_in_sample: int  # D
    validity_pct: Decimal  # p, a percentage rounded to 2 places
    unadjusted: int  # U = N × p, rounded up
    factor: Decimal  # f = N / n, rounded to 4 places
    duplicate_weight: Decimal  # w = f × (f − 1)
    duplicate_penalty: int  # E = D × w, rounded up
    projected_valid: int  # U − E


def sample_size(raw: int, campaign: Campaign) -> int:
    """At least ``sample_minimum`` or ``sample_fraction`` of raw, whichever is greater."""
    if raw <= 0:
        return 0
    by_share = math.ceil(Decimal(raw) * Decimal(str(campaign.sample_fraction)))
    return min(raw, max(campaign.sample_minimum, by_share))


def project(raw: int, sample: int, valid: int, duplicates: int) -> Projection:
    """Apply 2 CCR 20530–20532 to one sample's results."""
    if sample <= 0 or raw <= 0:
        raise ValueError("raw count and sample size must be positive")
    if not 0 <= valid <= sample or not 0 <= duplicates <= sample:
        raise ValueError("valid and duplicate counts must lie between 0 and the sample size")
    p = (Decimal(valid) * 100 / Decimal(sample)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    unadjusted = int((Decimal(raw) * p / 100).to_integral_value(ROUND_CEILING))
    f = (Decimal(raw) / Decimal(sample)).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    w = f * (f - 1)
    penalty = int((duplicates * w).to_integral_value(ROUND_CEILING))
    return Projection(
        raw, sample, valid, duplicates, p, unadjusted, f, w, penalty, unadjusted - penalty
    )


def outcome(projected_valid: int, campaign: Campaign) -> Outcome:
    """Which tier of EC 11225 a projected valid count falls in."""
    required = Decimal(campaign.required_signatures)
    if projected_valid > required * Decimal(str(campaign.qualify_above)):
        return Outcome.QUALIFIES
    if projected_valid >= required * Decimal(str(campaign.fail_below)):
        return Outcome.FULL_COUNT
    return Outcome.FAILS
