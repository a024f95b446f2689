"""Small words the windows share: a section's status as people read it."""

from __future__ import annotations

from recalldesk.core.records import SectionStatus
from recalldesk.wording import QT_TRANSLATE_NOOP, translate

STATUS_WORDS = {
    SectionStatus.RECEIVED: QT_TRANSLATE_NOOP("Words", "received"),
    SectionStatus.KEYING: QT_TRANSLATE_NOOP("Words", "keying"),
    SectionStatus.KEYED: QT_TRANSLATE_NOOP("Words", "keyed"),
    SectionStatus.VERIFIED: QT_TRANSLATE_NOOP("Words", "verified"),
    SectionStatus.EXPORTED: QT_TRANSLATE_NOOP("Words", "exported"),
}


def status_word(status: SectionStatus | str) -> str:
    """``keyed`` in the user's language."""
    text = STATUS_WORDS.get(SectionStatus(status))
    return translate("Words", text) if text is not None else str(status)
