"""From lines to groups of lines that may be one signer: block, score, join.

A person can sign three times, so pairs are joined into groups. Joining is
careful: two groups are joined only if no line of one is plainly another
person than a line of the other (a different given name, a Jr and a Sr), so
"John Smith" ~ "J. Smith" ~ "Jane Smith" never becomes one group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from recalldesk.core.matching.record import MatchRecord, blocking_keys
from recalldesk.core.matching.score import REVIEW, Verdict, compare, plainly_different, score

MAX_BLOCK = 100  # a key shared by more lines than this is too common to block on
MAX_GROUP = 8  # nobody signs a petition more often than this: a bigger group is a chain


@dataclass(frozen=True, slots=True)
class Pair:
    a: int  # refs, a < b
    b: int
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Group:
    """Lines that may be one signer, with the scored pairs that joined them."""

    refs: tuple[int, ...]
    pairs: tuple[Pair, ...]

    @property
    def score(self) -> float:
        """The weakest link: a group is as sure as its least sure join."""
        return min(p.verdict.score for p in self.pairs)

    @property
    def undecidable(self) -> bool:
        return any(p.verdict.undecidable for p in self.pairs)

    @property
    def likely(self) -> bool:
        return all(p.verdict.likely for p in self.pairs)

    @property
    def reasons(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for p in self.pairs:
            seen.update(dict.fromkeys(p.verdict.reasons))
        return tuple(seen)


def candidate_pairs(
    records: Sequence[MatchRecord], keys: Callable[[MatchRecord], Iterable[str]] = blocking_keys
) -> set[tuple[int, int]]:
    """Index pairs (i < j) of records sharing a blocking key (blocks above MAX_BLOCK skipped)."""
    blocks: dict[str, list[int]] = {}
    for i, record in enumerate(records):
        for key in set(keys(record)):  # a key may repeat ("Lee Lee" swapped is itself)
            blocks.setdefault(key, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            pairs.update(combinations(members, 2))
    return pairs


def score_pairs(
    records: Sequence[MatchRecord], pairs: Iterable[tuple[int, int]], threshold: float = REVIEW
) -> list[Pair]:
    """The candidate pairs scoring at least ``threshold``, best first."""
    out = []
    for i, j in pairs:
        a, b = records[i], records[j]
        if score(a, b, threshold) < threshold:
            continue  # most pairs: no reasons needed
        verdict = compare(a, b)
        lo, hi = (a.ref, b.ref) if a.ref < b.ref else (b.ref, a.ref)
        out.append(Pair(lo, hi, verdict))
    out.sort(key=lambda p: (-p.verdict.score, p.a, p.b))
    return out


def build_groups(
    pairs: Sequence[Pair],
    by_ref: dict[int, MatchRecord],
    voter_of: dict[int, int] | None = None,
) -> list[Group]:
    """Join pairs, best first, into groups that never hold two plainly different people
    (nor two lines matched to different voters, when ``voter_of`` says whose they are)."""
    voter_of = voter_of or {}

    def apart(x: int, y: int) -> bool:
        vx, vy = voter_of.get(x), voter_of.get(y)
        if vx is not None and vy is not None and vx != vy:
            return True
        return plainly_different(by_ref[x], by_ref[y])

    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    links: dict[int, list[Pair]] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for pair in pairs:
        ra, rb = root(pair.a), root(pair.b)
        if ra == rb:
            links[ra].append(pair)
            continue
        left, right = members.get(ra, [pair.a]), members.get(rb, [pair.b])
        if len(left) + len(right) > MAX_GROUP:
            continue
        if (len(left) > 1 or len(right) > 1) and any(apart(x, y) for x in left for y in right):
            continue
        parent[rb] = ra
        parent.setdefault(ra, ra)
        members[ra] = left + right
        links[ra] = links.pop(ra, []) + links.pop(rb, []) + [pair]
        members.pop(rb, None)
    groups = [
        Group(tuple(sorted(refs)), tuple(links[r])) for r, refs in members.items() if len(refs) > 1
    ]
    groups.sort(key=lambda g: (-g.score, g.refs))
    return groups


def find_groups(records: Sequence[MatchRecord]) -> list[Group]:
    """Every group of possible duplicates among ``records`` (in memory: tests, benchmarks)."""
    pairs = score_pairs(records, candidate_pairs(records))
    return build_groups(pairs, {r.ref: r for r in records})
