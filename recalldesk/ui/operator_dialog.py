"""Each start: who is keying? Pick from the office's operators or add one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
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
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Operators at this office"))
        last = people.last_operator_uuid(ws)
        for stored in people.operators(ws):
            item = QListWidgetItem(f"{stored.value.name} ({stored.value.initials})")
            item.setData(Qt.ItemDataRole.UserRole, stored)
            self.list.addItem(item)
            if stored.value.uuid == last:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New operator's name or initials"))
        self.new_name.setPlaceholderText(self.tr("Not listed? Type your name or initials"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        caption = QLabel(self.tr("&Pick your name, or add yourself:"))
        caption.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.choose)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.new_name.returnPressed.connect(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addWidget(self.new_name)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.list if self.list.count() else self.new_name).setFocus()

    def choose(self) -> None:
        name = self.new_name.text().strip()
        if name:
            try:
                self.chosen = people.add_operator(self.ws, name).value
            except MessageError as error:
                self.error.setText(say(error.message))
                self.new_name.setFocus()
                return
        else:
            item = self.list.currentItem()
            if item is None:
                self.new_name.setFocus()
                return
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
        assert self.chosen is not None
        people.choose_operator(self.ws, self.chosen)
        self.accept()
