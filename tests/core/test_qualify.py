"""Tiers, sample thresholds, the validity interval and the pace (arithmetic recorded by hand)."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from recalldesk.core.projection import Outcome, outcome, project
from recalldesk.core.qualify import pace, raw_target, thresholds, tier_floor, wilson_interval
from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022 as LA

STATEWIDE = replace(LA, sample_fraction=0.03, fail_below=0.95)


def test_the_thresholds_use_the_regulations_rounding_not_fractions() -> None:
    # LA 2022: N = 715,833, n = 35,792 (5%), D = 0. Qualifying needs more than
    # 566,857 × 1.10 = 623,542.7, so U ≥ 623,543.
    #   V = 31,177: p = 87.1061… → 87.11; U = ⌈715,833 × 0.8711⌉ = 623,563  ✓
    #   V = 31,176: p = 87.1033… → 87.10; U = ⌈623,490.5…⌉ = 623,491      ✗
    # Unrounded, V > 623,542.7 × 35,792 / 715,833 = 31,177.44 asks for 31,178.
    found = thresholds(715_833, 35_792, 0, LA)
    assert found.qualify == 31_177
    assert project(715_833, 35_792, 31_176, 0).projected_valid == 623_491


def test_thresholds_on_the_worked_example_of_2_ccr_20540() -> None:
    # N = 24,034, n = 722, D = 2 (E = 2,150), a requirement of 14,000:
    # qualify above 15,400 → U ≥ 17,551 → p ≥ 73.03 (73.02 gives U = 17,550)
    #   → V/722 ≥ 73.025% → V ≥ 527.24 → 528.
    # full count from 12,600 → U ≥ 14,750 → p ≥ 61.37 (61.36 gives 14,748)
    #   → V/722 ≥ 61.365% → V ≥ 443.06 → 444.
    small = replace(LA, required_signatures=14_000)
    found = thresholds(24_034, 722, 2, small)
    assert (found.qualify, found.full_count) == (528, 444)
    assert outcome(project(24_034, 722, 528, 2).projected_valid, small) is Outcome.QUALIFIES
    assert outcome(project(24_034, 722, 527, 2).projected_valid, small) is Outcome.FULL_COUNT
    assert outcome(project(24_034, 722, 443, 2).projected_valid, small) is Outcome.FAILS


def test_a_tier_out_of_reach_has_no_threshold() -> None:
    assert thresholds(24_034, 722, 2, LA).qualify is None  # 24,034 raw can never make 566,857


def test_statewide_tiers_are_settings() -> None:
    assert tier_floor(STATEWIDE, Outcome.FULL_COUNT) == 566_857 * Decimal("0.95")
    projected = int(566_857 * 0.94)
    assert outcome(projected, LA) is Outcome.FULL_COUNT
    assert outcome(projected, STATEWIDE) is Outcome.FAILS


@given(
    raw=st.integers(1_000, 3_000_000),
    data=st.data(),
)
def test_the_projection_never_falls_as_v_rises_nor_rises_as_d_rises(
    raw: int, data: st.DataObject
) -> None:
    n = data.draw(st.integers(500, min(raw, 150_000)))
    v = data.draw(st.integers(0, n - 1))
    d = data.draw(st.integers(0, n - v - 1))
    base = project(raw, n, v, d).projected_valid
    assert project(raw, n, v + 1, d).projected_valid >= base
    assert project(raw, n, v, d + 1).projected_valid <= base


def test_the_wilson_interval_holds_the_rate_and_narrows_with_size() -> None:
    # p̂ = 0.714681, z²/n = 0.005321: centre = (p̂ + z²/2n) / (1 + z²/n) = 0.713545,
    # half = z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n) = 0.032871 → 0.680674 … 0.746416.
    low, high = wilson_interval(516, 722)
    assert low < 516 / 722 < high
    assert (round(low, 4), round(high, 4)) == (0.6807, 0.7464)
    wide = wilson_interval(36, 50)
    assert wide[1] - wide[0] > high - low
    assert wilson_interval(0, 500)[0] == 0.0 and wilson_interval(500, 500)[1] == 1.0


def test_raw_target_lands_strictly_above_the_share() -> None:
    # 623,542.7 / 0.7265 = 858,283.1 → 858,284; ⌊858,284 × 0.7265⌋ = 623,543 > 623,542.7.
    target = raw_target(LA, 0.7265)
    assert target == 858_284
    assert raw_target(LA, 0.0) is None


def test_pace_against_the_last_seven_days() -> None:
    today = date(2022, 6, 1)
    per_day = {today - timedelta(days=i): 1_000 for i in range(10)}  # 3 days too old
    found = pace(700_000, 858_284, today, date(2022, 7, 6), per_day)
    assert found.days_left == 35
    assert found.last_7_days == 1_000
    assert found.still_needed == 158_284
    assert round(found.needed_per_day or 0) == 4_522  # 158,284 / 35 = 4,522.4
    assert found.at_deadline == 735_000 and found.on_track is False
    done = pace(900_000, 858_284, today, date(2022, 7, 6), per_day)
    assert done.needed_per_day == 0.0 and done.on_track


def test_withdrawn_lines_make_a_threshold_unreachable_sooner() -> None:
    small = replace(LA, required_signatures=14_000)
    # 528 valid of 722 are needed (see above); with 200 withdrawn only 520 can be valid.
    assert thresholds(24_034, 722, 2, small).qualify == 528
    assert thresholds(24_034, 722, 2, small, never_valid=200).qualify is None
