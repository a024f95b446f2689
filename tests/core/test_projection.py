from dataclasses import replace
from decimal import Decimal

import pytest

from recalldesk.core.projection import Outcome, outcome, project, sample_size
from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022 as LA


def test_worked_example_of_2_ccr_20540() -> None:
    result = project(raw=24_034, sample=722, valid=516, duplicates=2)
    assert result.validity_pct == Decimal("71.47")
    assert result.unadjusted == 17_178
    assert result.factor == Decimal("33.2881")
    assert result.duplicate_weight.quantize(Decimal("0.0001")) == Decimal("1074.8095")
    assert result.duplicate_penalty == 2_150
    assert result.projected_valid == 15_028


def test_each_duplicate_costs_about_380_at_la_scale() -> None:
    raw = 715_833
    n = sample_size(raw, LA)
    without = project(raw, n, 26_000, 0).projected_valid
    with_one = project(raw, n, 26_000, 1).projected_valid
    assert 370 <= without - with_one <= 390


@pytest.mark.parametrize(
    ("raw", "expected"), [(0, 0), (300, 300), (5_000, 500), (10_000, 500), (715_833, 35_792)]
)
def test_sample_is_500_or_5_percent_whichever_greater(raw: int, expected: int) -> None:
    assert sample_size(raw, LA) == expected


def test_statewide_rule_is_a_setting() -> None:
    statewide = replace(LA, sample_fraction=0.03, fail_below=0.95)
    assert sample_size(2_160_000, statewide) == 64_800
    assert outcome(int(566_857 * 0.93), statewide) is Outcome.FAILS
    assert outcome(int(566_857 * 0.93), LA) is Outcome.FULL_COUNT


def test_tiers() -> None:
    req = LA.required_signatures
    assert outcome(int(req * 1.10) + 1, LA) is Outcome.QUALIFIES
    assert outcome(int(req * 1.10), LA) is Outcome.FULL_COUNT
    assert outcome(520_050, LA) is Outcome.FULL_COUNT
    assert outcome(int(req * 0.9) - 1, LA) is Outcome.FAILS


@pytest.mark.parametrize(("n", "v", "d"), [(0, 0, 0), (10, 11, 0), (10, 5, 11), (10, -1, 0)])
def test_rejects_impossible_samples(n: int, v: int, d: int) -> None:
    with pytest.raises(ValueError):
        project(1000, n, v, d)
