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

from recalldesk.core.records import Operator
from recalldesk.store import people
from recalldesk.store.campaign import set_meta
from recalldesk.store.connection import Database
from recalldesk.store.people import Stored
from recalldesk.store.setup import actor_for


class OperatorDialog(QDialog):
    """After Accepted, :attr:`chosen` is the operator who is keying."""

    def __init__(self, db: Database, office_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Who is keying?")
        self.db, self.office_id = db, office_id
        self.chosen: Stored[Operator] | None = None
        self.list = QListWidget()
        self.list.setAccessibleName("Operators at this office")
        last = db.meta("last_operator")
        for stored in people.list_operators(db, office_id):
            item = QListWidgetItem(f"{stored.value.name} ({stored.value.initials})")
            item.setData(Qt.ItemDataRole.UserRole, stored)
            self.list.addItem(item)
            if stored.value.uuid == last:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName("New operator's name or initials")
        self.new_name.setPlaceholderText("Not listed? Type your name or initials")
        caption = QLabel("&Pick your name, or add yourself:")
        caption.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.choose)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.new_name.returnPressed.connect(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addWidget(self.new_name)
        layout.addWidget(buttons)
        (self.list if self.list.count() else self.new_name).setFocus()

    def choose(self) -> None:
        name = self.new_name.text().strip()
        if name:
            # The new operator adds themself: the audit entry names them.
            actor = actor_for(self.db, Stored(0, Operator(name)))
            self.chosen = people.add_operator(self.db, actor, self.office_id, Operator(name))
        else:
            item = self.list.currentItem()
            if item is None:
                self.new_name.setFocus()
                return
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
        assert self.chosen is not None
        set_meta(self.db, "last_operator", self.chosen.value.uuid)
        self.accept()
