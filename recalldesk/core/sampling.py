"""The campaign's own random sample, drawn and counted as the registrar does (2 CCR 20530).

Drawing: every raw signature has the same chance. The population is every raw
signature ordered by its line's uuid (the same in every database), and the
draw is ``random.Random(seed).sample`` over it, so a recorded seed and raw
count give the same lines again, on any machine.

Counting the results:

* ``valid``, or one of the registrar's reasons a signature is not (the
  categories of the LA registrar's 2022 report);
* a withdrawn signature drawn is not valid (2 CCR 20530(b)(1)), whatever
  the voter roll says;
* duplicates are not typed: they come from confirmed duplicate groups. When
  several signatures of one person are drawn, one counts (the one kept when
  the group was confirmed, if drawn) and each of the others is a duplicate
  found in the sample (D) and not valid;
* until every drawn line is checked, the projection uses the lines checked
  so far as the sample (a smaller n: a wider interval and a heavier
  duplicate weight, never a rosier figure).
"""

from __future__ import annotations

import enum
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


class Result(enum.StrEnum):
    """What the voter roll said about a sampled signature."""

    PENDING = ""
    VALID = "valid"
    NOT_REGISTERED = "not_registered"
    DIFFERENT_ADDRESS = "different_address"
    SIGNATURE_MISMATCH = "signature_mismatch"
    CANCELED = "canceled"
    OUT_OF_COUNTY = "out_of_county"
    OTHER = "other"


RESULTS = tuple(r for r in Result if r is not Result.PENDING)  # the choices, in report order

# How a sampled line stands once counted (beyond its typed result).
WITHDRAWN = "withdrawn"
DUPLICATE = "signed_more_than_once"


def draw_positions(population: int, size: int, seed: int) -> list[int]:
    """Indexes into the population (sorted), each equally likely; ``size`` capped."""
    size = max(0, min(size, population))
    return sorted(random.Random(seed).sample(range(population), size))


def new_seed() -> int:
    """A seed for a new draw (recorded with it; 53 bits keep it exact in a spreadsheet)."""
    return random.SystemRandom().getrandbits(53)


@dataclass(frozen=True, slots=True)
class SampledLine:
    position: int
    result: Result
    withdrawn: bool = False
    person: str = ""  # lines of one confirmed signer share this ("" : no group)
    kept: bool = True  # False for a confirmed repeat (the signature that does not count)


@dataclass(frozen=True, slots=True)
class SampleCount:
    """A sample's results as the registrar's formula takes them."""

    size: int  # lines drawn
    checked: int  # n: lines with a verdict (typed, withdrawn or a duplicate)
    valid: int  # V
    duplicates: int  # D: duplicate signatures found within the checked lines
    withdrawn: int
    by_result: dict[str, int] = field(default_factory=dict)  # typed results and the above
    typed: int = 0  # lines whose verdict is a result looked up in the voter roll

    @property
    def complete(self) -> bool:
        return self.checked == self.size

    @property
    def pending(self) -> int:
        return self.size - self.checked


def count(lines: Iterable[SampledLine]) -> SampleCount:
    """Count a sample's lines (see the module's rules)."""
    items = list(lines)
    people: dict[str, list[SampledLine]] = {}
    for item in items:
        if item.person:
            people.setdefault(item.person, []).append(item)
    repeats: set[int] = set()
    for members in people.values():
        if len(members) > 1:
            # The signature that counts: never a withdrawn one if another was drawn, then
            # the one kept when the group was confirmed, then the first drawn.
            first = min(members, key=lambda m: (m.withdrawn, not m.kept, m.position))
            repeats.update(m.position for m in members if m is not first)
    by_result: Counter[str] = Counter()
    checked = valid = withdrawn = 0
    for item in items:
        if item.position in repeats:
            verdict = DUPLICATE
        elif item.withdrawn:
            verdict = WITHDRAWN
        elif item.result is Result.PENDING:
            continue
        else:
            verdict = item.result.value
        checked += 1
        by_result[verdict] += 1
        valid += verdict == Result.VALID
        withdrawn += verdict == WITHDRAWN
    typed = checked - withdrawn - len(repeats)
    return SampleCount(len(items), checked, valid, len(repeats), withdrawn, dict(by_result), typed)


__all__ = [
    "DUPLICATE",
    "RESULTS",
    "WITHDRAWN",
    "Result",
    "SampleCount",
    "SampledLine",
    "count",
    "draw_positions",
    "new_seed",
]
