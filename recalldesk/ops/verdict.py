"""Will the drive qualify? The best evidence at hand, turned into a verdict and a pace.

The evidence, best first:

1. the newest sample with results: its *effective* validity (the registrar's
   projection, duplicate penalty included, over the raw count it was drawn
   from) carried to today's raw count, rounded down;
2. otherwise the conservative estimate: clean signatures × the campaign's
   assumed validity. Under ``EARLY_LINES`` raw signatures the share of clean
   lines is too noisy to carry (17 lines with two slips would add a third to
   the raw target), so the assumed validity alone is used until then.

The target is the raw count at which that validity projects *above* the
qualifying share (110% for a local recall), and the pace compares what is
needed per day until the deadline with the last seven days.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from recalldesk.core.figures import Figures
from recalldesk.core.progress import Progress
from recalldesk.core.projection import Outcome, outcome
from recalldesk.core.qualify import Pace, pace, raw_target
from recalldesk.core.records import Campaign
from recalldesk.ops.sample import Findings, latest_findings
from recalldesk.ops.workspace import Workspace

EARLY_LINES = 500  # below this many raw signatures, the clean share is not carried

SAMPLE = "sample"
ESTIMATE = "estimate"
ASSUMED = "assumed"  # the estimate, early: the assumed validity alone


@dataclass(frozen=True, slots=True)
class Assessment:
    basis: str  # SAMPLE, ESTIMATE or ASSUMED
    outcome: Outcome
    projected_valid: int  # at today's raw count
    share: float  # of the requirement
    validity: float  # projected valid per raw signature
    interval: tuple[float, float] | None  # the sample's validity rate, Wilson 95%
    findings: Findings | None
    pace: Pace


def assess(
    ws: Workspace, campaign: Campaign, figures: Figures, progress: Progress, today: date
) -> Assessment:
    """The verdict from the best evidence (see the module), with the pace to the deadline."""
    raw = figures.raw_signatures
    found = latest_findings(ws) if ws.is_central else None
    interval = None
    if found is not None and found.effective_validity is not None:
        basis, validity, interval = SAMPLE, found.effective_validity, found.interval
        projected = math.floor(raw * validity)
    elif raw >= EARLY_LINES:
        basis, projected = ESTIMATE, progress.estimated_valid
        validity = projected / raw if raw else 0.0
    else:
        basis, validity = ASSUMED, campaign.assumed_validity
        projected = math.floor(raw * validity)
    by_day = {date.fromisoformat(d): n for d, n in figures.signatures_by_day.items()}
    target = raw_target(campaign, validity)
    required = campaign.required_signatures
    return Assessment(
        basis,
        outcome(projected, campaign),
        projected,
        projected / required if required else 0.0,
        validity,
        interval,
        found,
        pace(raw, target, today, campaign.filing_deadline, by_day),
    )


__all__ = ["ASSUMED", "ESTIMATE", "SAMPLE", "Assessment", "assess"]
