"""How alike two lines are: a score, the reasons, and whether the lines alone can decide.

The score adds evidence the way record linkage does (Fellegi-Sunter): each
field's agreement adds, its disagreement subtracts, by how telling it is. A
different given name at one address is the strongest "no": that is a
household, the most common false match. Agreement is graded: the same name,
a nickname (Bob, Robert), an initial (J. Smith), a one-letter slip.

Some pairs cannot be told apart from the lines alone: a Jr and a Sr, or one
line with a generation suffix and the other without. Those are marked
``undecidable``: they may be queued for a person, never confirmed in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from recalldesk.core.matching.names import forms, same_given_name
from recalldesk.core.matching.record import MatchRecord

# Reason codes (the wording layer says them).
SAME_NAME = "same_name"
NICKNAME = "nickname"
INITIAL = "initial"
NAME_TYPO = "name_typo"
SWAPPED = "swapped_names"
SECOND_SURNAME = "second_surname"
SURNAME_TYPO = "surname_typo"
SAME_ADDRESS = "same_address"
NUMBER_TRANSPOSED = "number_transposed"
NUMBER_TYPO = "number_typo"
STREET_VARIANT = "street_variant"
ZIP_TYPO = "zip_typo"
UNIT_MISSING = "unit_missing"
UNIT_DIFFERS = "unit_differs"
SUFFIX_ONE_SIDED = "suffix_one_sided"
OTHER_GIVEN_NAME = "other_given_name"

REVIEW = 5.0  # at or above: the pair goes to the review queue
_MOST_AN_ADDRESS_ADDS = 6.5  # number 3, street 1.5, ZIP 1, unit 1
LIKELY = 9.0  # at or above (and decidable): "likely", may be confirmed in bulk


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    reasons: tuple[str, ...]
    undecidable: bool = False

    @property
    def reviewed(self) -> bool:
        return self.score >= REVIEW

    @property
    def likely(self) -> bool:
        return self.score >= LIKELY and not self.undecidable


def _slip(a: str, b: str) -> bool:
    """One keying slip apart: a letter dropped, added, changed, or two swapped ("Mray")."""
    return min(len(a), len(b)) >= 3 and a[0] == b[0] and OSA.distance(a, b) <= 1


_FEMININE_ENDINGS = ("a", "e", "le", "la", "ne", "na", "ine", "ette")


def _paired_names(a: str, b: str) -> bool:
    """Names a family gives a brother and a sister, or twins: Mario and Maria,
    Daniel and Danielle, Paul and Paula. One letter apart, yet two people."""
    if len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"a", "o"}:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return long.startswith(short) and long[len(short) :] in _FEMININE_ENDINGS


@lru_cache(maxsize=1 << 18)  # names repeat (a few thousand cover most lines)
def _given(a: str, b: str) -> tuple[float, str]:
    if not a or not b:
        return 0.0, ""
    if a == b:
        return 4.0, SAME_NAME
    if same_given_name(a, b):
        return 3.0, NICKNAME
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
        return 1.0, INITIAL
    if _paired_names(a, b):
        return -7.0, OTHER_GIVEN_NAME
    if _slip(a, b) or (min(len(a), len(b)) >= 5 and JaroWinkler.similarity(a, b) >= 0.93):
        return 2.5, NAME_TYPO
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        return 2.0, NICKNAME  # a short form not in the tables: "Mat", "Debie"→"Deb…"
    if (len(a) >= 3 and any(_slip(a, f) for f in forms(b))) or (
        len(b) >= 3 and any(_slip(b, f) for f in forms(a))
    ):
        return 2.0, NICKNAME  # a nickname with a slip: "Rikc" for Rick, Richard
    return -7.0, OTHER_GIVEN_NAME


def _family(a: MatchRecord, b: MatchRecord) -> tuple[float, str]:
    return _families(a.last, a.surname, b.last, b.surname)


@lru_cache(maxsize=1 << 18)
def _families(a_last: str, a_surname: str, b_last: str, b_surname: str) -> tuple[float, str]:
    if not a_last or not b_last:
        return 0.0, ""
    if a_last == b_last:
        return 4.0, ""
    if a_surname == b_surname or a_surname in b_last.split() or b_surname in a_last.split():
        return 3.5, SECOND_SURNAME
    if "".join(a_last.split()) == "".join(b_last.split()):
        return 3.5, SECOND_SURNAME  # "Rivera Gutierrez" keyed as one word
    if _slip(a_surname, b_surname) or (
        min(len(a_surname), len(b_surname)) >= 5
        and JaroWinkler.similarity(a_surname, b_surname) >= 0.93
    ):
        return 2.5, SURNAME_TYPO
    return -6.0, ""


def _swapped(a: MatchRecord, b: MatchRecord, straight: float) -> float | None:
    """The names' score if they are better read as swapped ("Garcia Maria"), else None.

    One side may be an initial ("Gupta D."), never both.
    """
    if not (a.first and b.first and a.surname and b.surname) or (
        a.first[0] != b.surname[0] or b.first[0] != a.surname[0]
    ):
        return None  # swapped names start with each other's letters; most pairs stop here
    crossed = _given(a.first, b.surname)[0]
    crossed_back = _given(b.first, a.surname)[0]
    if (
        min(crossed, crossed_back) >= 1.0
        and max(crossed, crossed_back) >= 2.5
        and crossed + crossed_back > straight
    ):
        return crossed + crossed_back
    return None


def _evaluate(a: MatchRecord, b: MatchRecord, floor: float, explain: bool) -> Verdict | float:
    """The score (and with ``explain`` the Verdict) of a pair; below ``floor`` the names'
    score alone may be returned early. One function, so the score and its reasons agree."""
    reasons: list[str] = []
    given, why_given = _given(a.first, b.first)
    family, why_family = _families(a.last, a.surname, b.last, b.surname)
    score = given + family
    if score < 8.0:
        swapped = _swapped(a, b, score)
        if swapped is not None:
            score = swapped
            why_given, why_family = SWAPPED, ""
    if score + _MOST_AN_ADDRESS_ADDS < floor:
        return Verdict(score, ()) if explain else score
    if explain:
        reasons.extend(w for w in (why_given, why_family) if w)
    # The street, then the ZIP (a slip allowed on the same street), then the number.
    a_core, b_core = a.street_core, b.street_core
    same_street = True
    street_points = 0.0
    if a_core and b_core:
        if a.street == b.street:
            street_points = 1.5
        elif a_core == b_core or JaroWinkler.similarity(a_core, b_core) >= 0.88:
            street_points = 1.5 if a_core == b_core else 1.0
            if explain:
                reasons.append(STREET_VARIANT)
        else:
            street_points = -5.0
            same_street = False
    a_zip, b_zip = a.zip5, b.zip5
    same_zip = True
    if a_zip and b_zip:
        if a_zip == b_zip:
            score += 1.0
        elif same_street and len(a_zip) == len(b_zip) and OSA.distance(a_zip, b_zip) == 1:
            if explain:
                reasons.append(ZIP_TYPO)
        else:
            score -= 4.0
            same_zip = False
            street_points = min(street_points, 0.0)  # a Main St in another ZIP is another
    score += street_points
    a_num, b_num = a.number, b.number
    if a_num and b_num:
        same_place = same_street and same_zip
        if a_num == b_num:
            score += 3.0 if same_place else 0.5  # elsewhere, a coincidence
            if explain and same_place and same_street and a_core and a_zip == b_zip:
                reasons.insert(0, SAME_ADDRESS)
        elif same_place and len(a_num) == len(b_num) and sorted(a_num) == sorted(b_num):
            score += 1.5
            if explain:
                reasons.append(NUMBER_TRANSPOSED)
        elif same_place and Levenshtein.distance(a_num, b_num) == 1:
            score -= 2.0  # people write their own number right; a neighbour's differs
            if explain:
                reasons.append(NUMBER_TYPO)
        else:
            score -= 6.0
    a_unit, b_unit = a.unit, b.unit
    if a_unit != b_unit:
        if a_unit and b_unit:
            score -= 2.5
            if explain:
                reasons.append(UNIT_DIFFERS)
        elif explain:
            reasons.append(UNIT_MISSING)
    elif a_unit:
        score += 1.0
    undecidable = False
    if a.suffix != b.suffix:
        if a.suffix and b.suffix:
            score -= 20.0  # a Jr and a Sr: two people
        else:
            undecidable = True
            if explain:
                reasons.append(SUFFIX_ONE_SIDED)
    if not explain:
        return score
    return Verdict(round(score, 2), tuple(reasons), undecidable)


def plainly_different(a: MatchRecord, b: MatchRecord) -> bool:
    """Two people whatever else agrees: other given names, other family names, Jr and Sr."""
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return True
    given = _given(a.first, b.first)[0]
    family = _families(a.last, a.surname, b.last, b.surname)[0]
    if given > -7.0 and family > -6.0:
        return False
    return _swapped(a, b, given + family) is None


def score(a: MatchRecord, b: MatchRecord, floor: float = REVIEW) -> float:
    """The pair's score alone (fast: no reasons); below ``floor`` it may be approximate."""
    result = _evaluate(a, b, floor, explain=False)
    assert isinstance(result, float)
    return result


def compare(a: MatchRecord, b: MatchRecord, floor: float = -1000.0) -> Verdict:
    """How likely ``a`` and ``b`` are one signer, and why.

    With ``floor``, a pair whose names alone rule out reaching it is answered
    at once (the names' score, no reasons): most candidate pairs are that.
    """
    result = _evaluate(a, b, floor, explain=True)
    assert isinstance(result, Verdict)
    return result
