"""What the voter file says about possible duplicates.

Two lines matched with certainty to *different* voters are two people, however
alike their names and address (the households, the Jr and his father, the
twins a name-and-address matcher confuses); two lines matched to *one* voter
are one person, however differently they were written. "With certainty": at
the line's own address, one voter clearly the best (core.matching.voter_verdict).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import combinations

from recalldesk.core.matching.groups import Pair
from recalldesk.core.matching.score import LIKELY, Verdict

SAME_VOTER = "same_voter"  # reason: both lines matched to one voter


def with_voter_evidence(
    pairs: Sequence[Pair], voter_of: dict[int, int], same_voter: Iterable[Sequence[int]] = ()
) -> list[Pair]:
    """``pairs`` without those of two different voters, sure of those of one voter, and
    with a pair for every two lines of one voter (``same_voter``: lines by voter) that
    the names and addresses alone did not bring together."""
    out: dict[tuple[int, int], Pair] = {}
    for pair in pairs:
        va, vb = voter_of.get(pair.a), voter_of.get(pair.b)
        if va is not None and vb is not None:
            if va != vb:
                continue  # two registered people
            pair = _same(pair)
        out[(pair.a, pair.b)] = pair
    for lines in same_voter:
        for a, b in combinations(sorted(lines), 2):
            if (a, b) not in out:
                out[(a, b)] = Pair(a, b, Verdict(LIKELY, (SAME_VOTER,)))
    return list(out.values())


def _same(pair: Pair) -> Pair:
    v = pair.verdict
    reasons = v.reasons if SAME_VOTER in v.reasons else (*v.reasons, SAME_VOTER)
    return replace(pair, verdict=Verdict(max(v.score, LIKELY), reasons, False))


__all__ = ["SAME_VOTER", "with_voter_evidence"]
