"""Each start: who is keying? Type to find your name, or add yourself.

Typing filters the list at once (a shared laptop can have dozens of
volunteers); Enter picks the highlighted name. A name that is not on the list
is added only after saying so, and a name close to one already there asks
first, so a typo never becomes a second, permanent operator.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.normalize import fold
from recalldesk.core.records import Operator
from recalldesk.ops import people
from recalldesk.ops.queries import Stored
from recalldesk.ops.workspace import Workspace
from recalldesk.wording import say


class OperatorDialog(QDialog):
    """After Accepted, :attr:`chosen` is the operator who is keying."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is keying?"))
        self.ws = ws
        self.chosen: Stored[Operator] | None = None
        self.operators = people.operators(ws)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name or initials"))
        self.name.setPlaceholderText(self.tr("Type your name to find it, or to add yourself"))
        caption = QLabel(self.tr("&Your name:"))
        caption.setBuddy(self.name)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Operators at this office"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.name.textChanged.connect(self._filter)
        self.name.installEventFilter(self)
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.name)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._filter("")
        last = people.last_operator_uuid(ws)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).value.uuid == last:
                self.list.setCurrentRow(row)
        self.name.setFocus()

    def _filter(self, text: str) -> None:
        """Show the operators whose name (or initials) has a word starting like ``text``."""
        key = fold(text)
        self.list.clear()
        for stored in self.operators:
            words = fold(f"{stored.value.name} {stored.value.initials}").split()
            if (
                key
                and not any(w.startswith(key) for w in words)
                and key not in fold(stored.value.name)
            ):
                continue
            item = QListWidgetItem(f"{stored.value.name} ({stored.value.initials})")
            item.setData(Qt.ItemDataRole.UserRole, stored)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.hint.setText(self.tr("Enter picks the highlighted name."))
        elif text.strip():
            self.hint.setText(
                self.tr("“{name}” is not on the list: Enter adds you as a new operator.").format(
                    name=text.strip()
                )
            )
        else:
            self.hint.setText(self.tr("No operators yet: type your name to add yourself."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing anywhere goes to the name; Up/Down move in the list from the name."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.name and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return True
        if watched is self.name and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose()
            return True
        if watched is self.list and event.text().isprintable() and event.text():
            self.name.setFocus()
            self.name.insert(event.text())
            return True
        return False

    def choose(self) -> None:
        item = self.list.currentItem()
        typed = self.name.text().strip()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
        elif typed:
            if not self._confirm_new(typed):
                return
            try:
                self.chosen = people.add_operator(self.ws, typed).value
            except MessageError as error:
                self.error.setText(say(error.message))
                self.name.setFocus()
                return
        else:
            self.name.setFocus()
            return
        assert self.chosen is not None
        people.choose_operator(self.ws, self.chosen)
        self.accept()

    def _confirm_new(self, name: str) -> bool:
        close = people.similar_operators(self.ws, name)
        if close:
            text = self.tr(
                "Add “{name}” as a new operator? {similar} is already on the list: if that is "
                "you, choose No and pick it."
            ).format(name=name, similar=", ".join(o.value.name for o in close))
        else:
            text = self.tr(
                "Add “{name}” as a new operator of this office? Every line you key is recorded "
                "under this name."
            ).format(name=name)
        answer = QMessageBox.question(self, self.tr("Add a new operator?"), text)
        return answer == QMessageBox.StandardButton.Yes
