"""Inline completion that ignores case and accents: "san di" offers "San Dimas".

The suggestion shows as selected text after the cursor; End or Right takes it,
and Enter or Tab alone keep only what was typed (see ``line_entry``). Qt's
QCompleter compares case-insensitively but not accent-insensitively, and its
inline mode needs a model sorted the way it compares; matching here on folded
text serves both, over a list a few thousand long in well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from recalldesk.core.normalize import fold


class InlineCompletion(QObject):
    """Completes ``edit`` from ``candidates`` (best first) as the volunteer types."""

    def __init__(self, edit: QLineEdit, candidates: Sequence[str] = ()) -> None:
        super().__init__(edit)
        self.edit = edit
        self._keys: list[tuple[str, str]] = []
        self._typed = ""
        self._offered = ""  # the candidate shown (its rest selected), until taken or dropped
        self.set_candidates(candidates)
        edit.textEdited.connect(self._edited)
        edit.installEventFilter(self)

    def set_candidates(self, candidates: Sequence[str]) -> None:
        """The values to offer, best first (the first whose start matches is offered)."""
        self._keys = [(fold(c), c) for c in candidates if c]

    def match(self, typed: str) -> str | None:
        """The first candidate that starts like ``typed``: one with the accents as
        typed is preferred ("Rodrí" offers "Rodríguez" before a commoner
        "Rodriguez"), then any, case and accents aside."""
        key = fold(typed)
        if not key:
            return None
        lowered = typed.casefold()
        fallback = None
        for folded, candidate in self._keys:
            if folded.startswith(key) and len(candidate) > len(typed):
                if candidate[: len(typed)].casefold() == lowered:
                    return candidate
                if fallback is None:
                    fallback = candidate
        return fallback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """End or Right takes the suggestion, spelt as the candidate is ("San Dimas"),
        except that letters typed with accents the candidate lacks stay as typed."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_End, Qt.Key.Key_Right)
            and self._offered
            and self.edit.hasSelectedText()
            and self.edit.selectionStart() + len(self.edit.selectedText()) == len(self.edit.text())
        ):
            typed = self.edit.text()[: self.edit.selectionStart()]
            offered = self._offered
            if offered[: len(typed)].casefold() != typed.casefold():
                offered = typed + offered[len(typed) :]  # keep the accents the volunteer typed
            self.edit.setText(offered)
            self._typed = offered
            self._offered = ""
            return True
        return False

    def _edited(self, text: str) -> None:
        grew = len(text) > len(self._typed)
        self._typed = text
        self._offered = ""
        edit = self.edit
        if not grew or edit.cursorPosition() != len(text):
            return  # deleting, or typing in the middle: offer nothing
        found = self.match(text)
        if found is None or not fold(found).startswith(fold(text)):
            return
        # What was typed stays as typed; only the rest comes from the suggestion.
        rest = found[len(text) :] if len(fold(found[: len(text)])) == len(fold(text)) else ""
        if not rest:
            return
        edit.setText(text + rest)
        edit.setSelection(len(text), len(rest))
        self._offered = found
