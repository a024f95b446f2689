"""Find a section by serial, or a line by signer name or address."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.store import search
from recalldesk.store.connection import Database
from recalldesk.store.search import Hit


class FindDialog(QDialog):
    """Type to search; Down to the results; Enter opens. :attr:`chosen` holds the hit."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Find")
        self.db = db
        self.chosen: Hit | None = None
        self.query = QLineEdit()
        self.query.setAccessibleName("Find text")
        self.query.setPlaceholderText("Serial, signer (Muñoz, José) or address (1520 N Lake Ave)")
        caption = QLabel("&Find:")
        caption.setBuddy(self.query)
        self.results = QListWidget()
        self.results.setAccessibleName("Results")
        self.status = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(560, 420)
        self.query.setFocus()

    def keyPressEvent(self, event: object) -> None:

        if (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.query.hasFocus()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def run(self) -> None:
        self.results.clear()
        hits = search.find(self.db, self.query.text())
        for hit in hits:
            where = f"{hit.serial}" + (f" line {hit.line_number}" if hit.line_number else "")
            item = QListWidgetItem(f"{where} — {hit.text}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        self.status.setText(f"{len(hits)} found" if self.query.text().strip() else "")

    def _open_first(self) -> None:
        self.run()
        if self.results.count():
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
