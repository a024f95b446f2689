"""The registrar's table, predicted: every raw signature in one of its categories.

The registrar publishes its count as valid signatures and the invalid ones
by reason (not registered, signed more than once, different address,
canceled, out of county, other; DOMAIN.md). With the voter file each line's
predicted verdict (core.matching.voter_verdict) and its standing in our own
count (core.counting) put it in one of those categories:

* a line that is not a signature (blank, struck) is not in the raw count;
* a confirmed repeat of a signer, or a second line matched to a voter already
  counted, is "signed more than once";
* a line our checks rule out is "out of county" (its ZIP) or "other";
* a line on a void section is "other" (the section is thrown out whole);
* otherwise its predicted verdict decides; "ambiguous" waits for review and
  is not counted valid, nor is a line not yet matched.

Signature mismatches cannot be predicted from a file: the registrar finds
them (1.3% of raw in 2022), so the predicted valid count is an upper bound
in that one respect, and the dashboard says so.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from recalldesk.core.counting import Standing


class Category(enum.StrEnum):
    VALID = "valid"
    NOT_REGISTERED = "not_registered"
    SIGNED_MORE_THAN_ONCE = "signed_more_than_once"
    DIFFERENT_ADDRESS = "different_address"
    CANCELED = "canceled"
    OUT_OF_COUNTY = "out_of_county"
    OTHER = "other"
    TO_REVIEW = "to_review"  # two voters fit, not both registered: a person decides
    NOT_MATCHED = "not_matched"  # keyed since the last match


INVALID = (
    Category.NOT_REGISTERED, Category.SIGNED_MORE_THAN_ONCE, Category.DIFFERENT_ADDRESS,
    Category.CANCELED, Category.OUT_OF_COUNTY, Category.OTHER,
)  # fmt: skip
_BY_STATUS = {
    "registered": Category.VALID,
    "different_address": Category.DIFFERENT_ADDRESS,
    "canceled": Category.CANCELED,
    "not_found": Category.NOT_REGISTERED,
    "ambiguous": Category.TO_REVIEW,
    "unchecked": Category.OTHER,
}


def category(standing: Standing, status: str | None, out_of_county: bool) -> Category | None:
    """A raw signature's predicted category (None: not a signature)."""
    if standing is Standing.NOT_A_SIGNATURE:
        return None
    if standing is Standing.REPEAT:
        return Category.SIGNED_MORE_THAN_ONCE
    if standing is Standing.RULED_OUT:
        return Category.OUT_OF_COUNTY if out_of_county else Category.OTHER
    if standing is Standing.ON_VOID_SECTION:
        return Category.OTHER
    if status is None:
        return Category.NOT_MATCHED
    return _BY_STATUS.get(status, Category.OTHER)


@dataclass(slots=True)
class PredictedTally:
    """Raw signatures by predicted category, for the drive or one office or circulator."""

    counts: dict[Category, int] = field(default_factory=dict)

    def add(self, found: Category | None, n: int = 1) -> None:
        if found is not None:
            self.counts[found] = self.counts.get(found, 0) + n

    def move(self, source: Category, target: Category, n: int) -> None:
        """``n`` lines are better put in ``target`` (a voter counted twice)."""
        n = min(n, self.counts.get(source, 0))
        if n > 0:
            self.counts[source] -= n
            self.add(target, n)

    @property
    def raw(self) -> int:
        return sum(self.counts.values())

    @property
    def valid(self) -> int:
        return self.counts.get(Category.VALID, 0)

    def share(self, found: Category) -> float | None:
        return self.counts.get(found, 0) / self.raw if self.raw else None


__all__ = ["INVALID", "Category", "PredictedTally", "category"]
