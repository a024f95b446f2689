"""The words of the campaign's sample: the registrar's result categories."""

from __future__ import annotations

from recalldesk.core.sampling import DUPLICATE, WITHDRAWN, Result
from recalldesk.wording import translate


def result_labels() -> dict[Result, str]:
    """The results as the drop-down list and the grid show them."""
    return {
        Result.VALID: translate("Sample", "Valid"),
        Result.NOT_REGISTERED: translate("Sample", "Not registered"),
        Result.DIFFERENT_ADDRESS: translate("Sample", "Different address"),
        Result.SIGNATURE_MISMATCH: translate("Sample", "Signature mismatch"),
        Result.CANCELED: translate("Sample", "Canceled registration"),
        Result.OUT_OF_COUNTY: translate("Sample", "Out of county"),
        Result.OTHER: translate("Sample", "Other"),
    }


def counted_label(key: str) -> str:
    """A category of a sample's count (a typed result, withdrawn, or a duplicate)."""
    if key == WITHDRAWN:
        return translate("Sample", "Withdrawn (never valid)")
    if key == DUPLICATE:
        return translate("Sample", "Signed more than once (found in the sample)")
    try:
        return result_labels()[Result(key)]
    except ValueError:
        return key
