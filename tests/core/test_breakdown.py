"""Which offices and circulators stand out (three standard errors from the rest)."""

from recalldesk.core.breakdown import GroupFigures, flag, stands_out
from recalldesk.core.counting import Tally


def group(key: str, raw: int, bad: int, checked: int = 0, valid: int = 0) -> GroupFigures:
    tally = Tally()
    tally.add("", "", False, raw - bad)
    tally.add("", "error", False, bad)
    return GroupFigures(key, key, 1, tally, {}, checked, valid)


def test_the_three_standard_error_rule_by_hand() -> None:
    # The rest at 10% problems; a group of 100 lines: SE = √(0.1 × 0.9 / 100) = 0.03,
    # so the limit is 0.10 + 3 × 0.03 = 0.19.
    assert stands_out(0.20, 100, 0.10, high=True)
    assert not stands_out(0.18, 100, 0.10, high=True)
    assert not stands_out(0.50, 20, 0.10, high=True)  # too few lines to say
    # Validity 75% in the rest; 200 checked: SE = √(0.75 × 0.25 / 200) = 0.0306 → below 0.658.
    assert stands_out(0.64, 200, 0.75, high=False)
    assert not stands_out(0.67, 200, 0.75, high=False)


def test_each_group_is_measured_against_the_others() -> None:
    groups = [
        group("A", 1000, 100, 200, 150),
        group("B", 1000, 90, 200, 152),
        group("C", 400, 120, 100, 55),  # 30% problems, 55% valid
    ]
    flags = flag(groups)
    assert flags["C"].problems and flags["C"].validity
    assert not flags["A"].problems and not flags["B"].validity
