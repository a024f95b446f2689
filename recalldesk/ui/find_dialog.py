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

from recalldesk.ops import queries
from recalldesk.ops.queries import Hit
from recalldesk.ops.workspace import Workspace
from recalldesk.wording import translate


class FindDialog(QDialog):
    """Type to search; Down to the results; Enter opens. :attr:`chosen` holds the hit."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find"))
        self.ws = ws
        self.chosen: Hit | None = None
        self.search_text = QLineEdit()
        self.search_text.setAccessibleName(self.tr("Find text"))
        self.search_text.setPlaceholderText(
            self.tr("Serial, signer (Muñoz, José) or address (1520 N Lake Ave)")
        )
        caption = QLabel(self.tr("&Find:"))
        caption.setBuddy(self.search_text)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Results"))
        self.status = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run)
        self.search_text.textChanged.connect(lambda _t: self._timer.start())
        self.search_text.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.search_text)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(560, 420)
        self.search_text.setFocus()

    def keyPressEvent(self, event: object) -> None:

        if (
            isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.search_text.hasFocus()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def run(self) -> None:
        self.results.clear()
        hits = queries.find(self.ws, self.search_text.text())
        for hit in hits:
            if hit.line_number is None:
                text = self.tr("Section {serial}").format(serial=hit.serial)
            else:
                text = self.tr("{serial} line {line} — {signer}").format(
                    serial=hit.serial, line=hit.line_number, signer=hit.text
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        found = translate("FindDialog", "%Ln found", None, len(hits))
        self.status.setText(found if self.search_text.text().strip() else "")

    def _open_first(self) -> None:
        self.run()
        if self.results.count():
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
