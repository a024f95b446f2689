"""The voter file's predicted verdicts in words."""

from __future__ import annotations

from recalldesk.core.matching.voter_verdict import Predicted
from recalldesk.core.predicted import Category
from recalldesk.wording import QT_TRANSLATE_NOOP, translate
from recalldesk.wording.dedupe import reason_text

STATUSES = {
    Predicted.REGISTERED: QT_TRANSLATE_NOOP("Voters", "registered at this address"),
    Predicted.DIFFERENT_ADDRESS: QT_TRANSLATE_NOOP("Voters", "registered at a different address"),
    Predicted.CANCELED: QT_TRANSLATE_NOOP("Voters", "registration canceled"),
    Predicted.NOT_FOUND: QT_TRANSLATE_NOOP("Voters", "not found (not registered)"),
    Predicted.AMBIGUOUS: QT_TRANSLATE_NOOP("Voters", "two voters fit: to review"),
    Predicted.UNCHECKED: QT_TRANSLATE_NOOP("Voters", "no name to look up"),
}
EXTRA_REASONS = {
    "namesakes": QT_TRANSLATE_NOOP(
        "Voters", "nobody of this name at the address; several of the name elsewhere nearby"
    ),
    "which_voter": QT_TRANSLATE_NOOP(
        "Voters", "more than one voter at the address fits (all registered): which one is unsure"
    ),
    "reviewed": QT_TRANSLATE_NOOP("Voters", "decided by a person"),
    "elsewhere": QT_TRANSLATE_NOOP("Voters", "the voter's canceled registration is elsewhere"),
}


def say_status(status: str) -> str:
    try:
        text = STATUSES[Predicted(status)]
    except ValueError:
        return status
    return translate("Voters", text)


def say_reasons(codes: str) -> str:
    out = []
    for code in codes.split():
        extra = EXTRA_REASONS.get(code)
        out.append(translate("Voters", extra) if extra else reason_text(code))
    return "; ".join(out)


CATEGORIES = {
    Category.VALID: QT_TRANSLATE_NOOP("Voters", "Valid (predicted)"),
    Category.NOT_REGISTERED: QT_TRANSLATE_NOOP("Voters", "Not registered"),
    Category.SIGNED_MORE_THAN_ONCE: QT_TRANSLATE_NOOP("Voters", "Signed more than once"),
    Category.DIFFERENT_ADDRESS: QT_TRANSLATE_NOOP("Voters", "Different address"),
    Category.CANCELED: QT_TRANSLATE_NOOP("Voters", "Canceled registration"),
    Category.OUT_OF_COUNTY: QT_TRANSLATE_NOOP("Voters", "Out-of-county address"),
    Category.OTHER: QT_TRANSLATE_NOOP("Voters", "Other"),
    Category.TO_REVIEW: QT_TRANSLATE_NOOP("Voters", "Two voters fit: to review"),
    Category.NOT_MATCHED: QT_TRANSLATE_NOOP("Voters", "Not matched yet"),
}


def say_category(found: Category) -> str:
    return translate("Voters", CATEGORIES[found])
