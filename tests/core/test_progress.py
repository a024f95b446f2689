from datetime import date

from recalldesk.core.progress import Progress, days_left
from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022 as LA


def make(raw: int, errors: int = 0, void: int = 0) -> Progress:
    return Progress(raw, errors, void, LA.required_signatures, LA.assumed_validity, 10)


def test_estimate_is_clean_times_validity_rounded_down() -> None:
    p = make(715_833, errors=15_833, void=0)
    assert p.clean == 700_000
    assert p.estimated_valid == 508_550  # 700,000 × 0.7265
    assert p.share_of_requirement < 0.9


def test_la_2022_outcome_is_reproduced_as_short() -> None:
    p = make(715_833)
    assert p.estimated_valid == 520_052  # the real full count found 520,050
    assert p.raw_needed > 715_833 and p.raw_still_needed == p.raw_needed - 715_833


def test_raw_needed_with_nothing_keyed_uses_assumed_validity() -> None:
    assert make(0).raw_needed == 780_258  # 566,857 / 0.7265, rounded up
    assert make(0).estimated_valid == 0


def test_nothing_clean_needs_more_than_can_be_had() -> None:
    assert make(100, errors=100).raw_needed is None


def test_days_left() -> None:
    assert days_left(LA, date(2022, 7, 1)) == 5
    assert days_left(LA, date(2022, 7, 8)) == -2
