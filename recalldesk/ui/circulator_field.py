"""The circulator's name at intake: completes from every circulator the campaign knows.

Each keystroke asks the index (``ops.people.find_circulators``: word prefixes,
case and accents aside), so it stays instant with 100,000 circulators and
never loads them all. Picking a suggestion means that circulator; a name typed
that is not one of them is a new circulator, added with the section.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from recalldesk.core.normalize import fold
from recalldesk.core.records import Circulator
from recalldesk.ops import people
from recalldesk.ops.queries import Stored
from recalldesk.ops.workspace import Workspace

SUGGESTIONS = 12


class CirculatorField(QLineEdit):
    """Signals: ``known_changed(bool)`` when the text starts or stops naming a known one."""

    known_changed = Signal(bool)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._found: dict[str, Stored[Circulator]] = {}
        self._known = False
        self.model = QStandardItemModel(self)
        completer = QCompleter(self.model, self)
        # The index already chose what fits: show its answer as it is. The list shows the
        # name and address; picking one puts only the name in the field (UserRole).
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionRole(Qt.ItemDataRole.UserRole)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self.lookup)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._update_known)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def lookup(self) -> None:
        """Ask the index for the circulators that fit what is typed, and offer them."""
        if self.ws.closed:  # the timer outlived the window
            return
        text = self.text()
        found = people.find_circulators(self.ws, text, SUGGESTIONS) if text.strip() else []
        self._found.update({c.value.name: c for c in found})
        self.model.clear()
        for stored in found:
            item = QStandardItem(_label(stored))
            item.setData(stored.value.name, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        completer = self.completer()
        popup = completer.popup()
        if found and self.hasFocus():
            completer.setCompletionPrefix(text)
            completer.complete()
        elif popup is not None:
            popup.hide()
        self._update_known(text)

    def suggestions(self) -> list[str]:
        """What the list offers now (name — address), in order."""
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def chosen(self) -> Stored[Circulator] | None:
        """The known circulator the text names (as picked or typed exactly), else None.

        Two circulators of one name are told apart by the list (name — address);
        a name typed alone means the first of them.
        """
        text = self.text().strip()
        if not text:
            return None
        hit = self._found.get(text)
        if hit is not None:
            return hit
        key = fold(text)
        for stored in people.find_circulators(self.ws, text, SUGGESTIONS):
            if fold(stored.value.name) == key:
                self._found[text] = stored
                return stored
        return None

    def _update_known(self, text: str) -> None:
        key = fold(text)
        known = bool(key) and any(fold(c.value.name) == key for c in self._found.values())
        if known != self._known:
            self._known = known
            self.known_changed.emit(known)


def _label(circulator: Stored[Circulator]) -> str:
    """A suggestion: the name, and where they live, to tell two of one name apart."""
    where = ", ".join(p for p in (circulator.value.street_address, circulator.value.city) if p)
    return f"{circulator.value.name} — {where}" if where else circulator.value.name
