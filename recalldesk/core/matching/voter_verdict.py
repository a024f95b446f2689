"""The registrar's verdict on one line, predicted from the county voter file.

A line is looked up at its address (everyone registered there) and, when
nobody there fits, by its name in its ZIP; each voter found is scored with the duplicate
matcher's score (:mod:`recalldesk.core.matching.score`), units aside (a
missing or wrong unit number does not invalidate: 2 CCR 20931).

* **registered**: a voter at the line's address is the signer (the score
  says so; a keyed ZIP or house-number slip is forgiven as the duplicate
  search forgives it);
* **canceled**: that voter's registration is canceled;
* **different address**: nobody at the address, but the same name (given name
  and family name, not merely an initial) is registered once elsewhere in the
  line's ZIP — the registrar's "different address";
* **not found**: neither — the registrar's "not registered". Signers who moved
  farther are found by the registrar (it compares signatures) and not by a
  name alone, and a name held by several voters in the ZIP says nothing about
  this signer: both are predicted "not found" (invalid either way, so the
  predicted valid count does not depend on it);
* **ambiguous**: two voters at the address fit about equally (a Jr and a Sr, a
  name keyed with only an initial) and not both are registered: listed for a
  person to decide, and not counted until then. When every voter that fits is
  registered there, the line is *registered* (it counts whichever it is) and
  still listed, since which voter it is matters to the duplicate search;
* **unchecked**: the line has no name to look up.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from recalldesk.core.matching.record import MatchRecord
from recalldesk.core.matching.score import _families, _given, compare


class Predicted(enum.StrEnum):
    REGISTERED = "registered"
    DIFFERENT_ADDRESS = "different_address"
    CANCELED = "canceled"
    NOT_FOUND = "not_found"
    AMBIGUOUS = "ambiguous"
    UNCHECKED = "unchecked"


WHICH_VOTER = "which_voter"  # reason: several voters at the address fit, all registered
AT_ADDRESS = 9.0  # a score at or above: this voter is the signer, at this address
CLEAR_LEAD = 1.0  # how far the best voter must lead the next to be taken without asking
SAME_SUFFIX = 3.0  # a generation suffix on the line and on the voter alike
_REGISTERED_STATUSES = ("active", "inactive")  # inactive voters are still registered


@dataclass(frozen=True, slots=True)
class Voter:
    record: MatchRecord  # ``ref`` is the voter's row id
    status: str  # "active", "inactive", "canceled"
    voter_id: str = ""  # the county's id: two rows of one id are one voter


@dataclass(frozen=True, slots=True)
class Prediction:
    status: Predicted
    voter: int | None = None  # the voter's row id
    score: float = 0.0
    reasons: tuple[str, ...] = ()
    candidates: int = 0  # voters that fit (more than one: why it is ambiguous)


def _at(voter: Voter, score: float, reasons: tuple[str, ...], fits: int) -> Prediction:
    status = Predicted.REGISTERED if voter.status in _REGISTERED_STATUSES else Predicted.CANCELED
    return Prediction(status, voter.record.ref, score, reasons, fits)


def predict(
    line: MatchRecord, at_address: Sequence[Voter], by_name: Sequence[Voter] = ()
) -> Prediction:
    """The predicted verdict on ``line``, given the voters registered at its address and
    (looked up only when nobody there fits) the voters of its name in its ZIP.

    Records come without units (``unit`` empty): a unit decides nothing here.
    """
    if not line.surname or not line.first:
        return Prediction(Predicted.UNCHECKED)
    fits = _fits(line, at_address)
    if not fits and by_name:
        # The name in the ZIP: the signer with the house number or street keyed
        # another way (scored as at the address), or registered elsewhere.
        near = [v for v in by_name if _same_person_name(line, v.record)]
        fits = _fits(line, near)
        if not fits:
            return _elsewhere(near)
    if not fits:
        return Prediction(Predicted.NOT_FOUND)
    best_score, best, reasons = fits[0]
    rivals = [v for s, v, _ in fits[1:] if best_score - s < CLEAR_LEAD]
    if not rivals:
        return _at(best, best_score, reasons, 1)
    count = 1 + len(rivals)
    if best.status in _REGISTERED_STATUSES and all(
        v.status in _REGISTERED_STATUSES for v in rivals
    ):
        # Which voter is unsure (a Jr who left it off), but every one is registered
        # here: the line counts either way; listed for review all the same.
        return Prediction(
            Predicted.REGISTERED, best.record.ref, best_score, (*reasons, WHICH_VOTER), count
        )
    return Prediction(Predicted.AMBIGUOUS, best.record.ref, best_score, reasons, count)


def _fits(line: MatchRecord, voters: Sequence[Voter]) -> list[tuple[float, Voter, tuple[str, ...]]]:
    """Voters scoring as the signer at the line's address, the best first."""
    out = []
    for voter in voters:
        verdict = compare(line, voter.record, floor=AT_ADDRESS)
        if verdict.score >= AT_ADDRESS:
            score = verdict.score
            if line.suffix and line.suffix == voter.record.suffix:
                score += SAME_SUFFIX  # "Jr" written and filed: the Jr, not his father
            out.append((score, voter, verdict.reasons))
    out.sort(key=lambda found: (-found[0], found[1].record.ref))
    # A voter listed twice in the file (one id, two rows) is one voter, not two that fit.
    seen: set[str] = set()
    kept = []
    for found in out:
        key = found[1].voter_id or f"#{found[1].record.ref}"
        if key not in seen:
            seen.add(key)
            kept.append(found)
    return kept


def _elsewhere(near: Sequence[Voter]) -> Prediction:
    distinct: dict[str, Voter] = {}
    for v in sorted(near, key=lambda v: v.record.ref):
        distinct.setdefault(v.voter_id or f"#{v.record.ref}", v)
    if len(distinct) != 1:
        reasons = ("namesakes",) if distinct else ()
        return Prediction(Predicted.NOT_FOUND, None, 0.0, reasons, len(distinct))
    voter = next(iter(distinct.values()))
    if voter.status not in _REGISTERED_STATUSES:
        return Prediction(Predicted.CANCELED, voter.record.ref, 0.0, ("elsewhere",), 1)
    return Prediction(Predicted.DIFFERENT_ADDRESS, voter.record.ref, 0.0, (), 1)


def _same_person_name(a: MatchRecord, b: MatchRecord) -> bool:
    """The same given name (or a nickname or slip of it, not an initial) and family name,
    and no Jr/Sr between them: what it takes to say a voter elsewhere is this signer."""
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return False
    return (
        _given(a.first, b.first)[0] >= 2.5
        and _families(a.last, a.surname, b.last, b.surname)[0] >= 3.5
    )


__all__ = ["AT_ADDRESS", "WHICH_VOTER", "Predicted", "Prediction", "Voter", "predict"]
