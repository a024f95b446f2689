"""The words of the campaign workbook, in the user's language."""

from __future__ import annotations

from recalldesk.ops.export import ExportTexts
from recalldesk.wording import translate
from recalldesk.wording.say import rule_meaning


def export_texts() -> ExportTexts:
    return ExportTexts(
        meaning=rule_meaning,
        yes=translate("Export", "Yes"),
        no=translate("Export", "No"),
        word=lambda text: translate("Export", text),
    )
