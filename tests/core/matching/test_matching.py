"""The matcher on hand-made hard cases: what is one person, a household, or undecidable."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from recalldesk.core.matching.groups import build_groups, candidate_pairs, find_groups, score_pairs
from recalldesk.core.matching.names import same_given_name
from recalldesk.core.matching.record import MatchRecord, blocking_keys, make_record
from recalldesk.core.matching.score import LIKELY, REVIEW, compare, score

CASES = Path(__file__).parents[2] / "fixtures" / "dedupe_hard_cases.csv"


def rows() -> list[dict[str, str]]:
    with open(CASES, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def records(row: dict[str, str]) -> tuple[MatchRecord, MatchRecord]:
    def side(p: str, ref: int) -> MatchRecord:
        return make_record(
            ref, row[f"{p}_first"], row[f"{p}_last"], row[f"{p}_number"], row[f"{p}_street"],
            row[f"{p}_unit"], "", row[f"{p}_zip"],
        )  # fmt: skip

    return side("a", 1), side("b", 2)


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["note"])
def test_a_hard_case(row: dict[str, str]) -> None:
    a, b = records(row)
    assert set(blocking_keys(a)) & set(blocking_keys(b)), "never even compared"
    verdict = compare(a, b)
    assert verdict == compare(b, a)  # order does not matter
    assert score(a, b, -1000) == pytest.approx(verdict.score)
    if row["label"] == "same":
        assert verdict.reviewed, verdict
    elif row["label"] == "different":
        assert not verdict.reviewed, verdict
    elif row["label"] == "queued":
        assert verdict.reviewed and not verdict.likely, verdict
    else:
        assert verdict.reviewed and verdict.undecidable and not verdict.likely, verdict


def test_nicknames_come_from_both_tables() -> None:
    assert same_given_name("bob", "robert")  # the nicknames package
    assert same_given_name("pepe", "jose") and same_given_name("chuy", "jesus")  # ours
    assert not same_given_name("maria", "mario")


def test_a_clean_duplicate_is_likely_and_says_why() -> None:
    a = make_record(1, "Robert", "Smith", "1234", "N Lake Ave", "", "Pasadena", "91104")
    b = make_record(2, "BOB", "SMITH", "1234", "North Lake Avenue", "", "", "91104")
    verdict = compare(a, b)
    assert verdict.likely and verdict.score >= LIKELY
    assert "same_address" in verdict.reasons and "nickname" in verdict.reasons


def test_three_signatures_make_one_group_but_a_household_never_joins_it() -> None:
    lines = [
        ("John", "Smith", "77", "Elm St", "91106"),
        ("J.", "Smith", "77", "Elm Street", "91106"),
        ("John", "Smith", "77", "Elm St", "91106"),
        ("Jane", "Smith", "77", "Elm St", "91106"),
    ]
    recs = [make_record(i, *line[:4], "", "", line[4]) for i, line in enumerate(lines)]
    groups = find_groups(recs)
    assert any({0, 2} <= set(g.refs) for g in groups)  # John Smith, twice
    assert not any({0, 3} <= set(g.refs) for g in groups)  # never with Jane
    assert all(g.score >= REVIEW for g in groups)


def test_a_jr_beside_a_sr_is_two_people_and_never_grouped() -> None:
    a = make_record(1, "James", "Robinson Sr", "100", "Crescent Heights Blvd", "", "", "90046")
    b = make_record(2, "James", "Robinson Jr.", "100", "Crescent Heights Blvd", "", "", "90046")
    assert a.suffix == "sr" and b.suffix == "jr" and a.last == "robinson"
    assert not find_groups([a, b])


def test_blocks_too_common_to_use_are_skipped() -> None:
    from recalldesk.core.matching import groups

    recs = [make_record(i, "Maria", "Garcia", str(i + 1), "Main St", "", "", "90011")
            for i in range(groups.MAX_BLOCK + 5)]  # fmt: skip
    assert candidate_pairs(recs) == set()  # one name on one street: too common to pair on
    recs.append(make_record(9999, "Maria", "Garcia", "1", "Main St", "", "", "90011"))
    assert candidate_pairs(recs) == {(0, len(recs) - 1)}  # the same address still pairs


def test_scored_pairs_come_best_first() -> None:
    recs = [
        make_record(1, "Ana", "Ruiz", "300", "Hollywood Way", "", "", "91505"),
        make_record(2, "Ana", "Ruiz", "300", "Hollywood Way", "", "", "91505"),
        make_record(3, "A.", "Ruiz", "300", "Hollywood Way", "", "", "91505"),
    ]
    pairs = score_pairs(recs, candidate_pairs(recs))
    assert [p.verdict.score for p in pairs] == sorted(
        (p.verdict.score for p in pairs), reverse=True
    )
    assert build_groups(pairs, {r.ref: r for r in recs})[0].refs == (1, 2, 3)
