"""The section list: filter by status, circulator and serial; Enter opens a section."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.records import SectionStatus
from recalldesk.ops.queries import SectionFilter
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.section_model import SectionListModel
from recalldesk.ui.words import status_word
from recalldesk.wording import translate


class SectionList(QWidget):
    """Signals: ``open_section(int)`` with the section's row id."""

    open_section = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = False  # set when an operation changed the list while it was hidden
        self.model = SectionListModel(ws)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in SectionStatus:
            self.status.addItem(status_word(status).capitalize(), status)
        self.circulator = QLineEdit()
        self.circulator.setPlaceholderText(self.tr("Circulator name starts with…"))
        self.circulator.setAccessibleName(self.tr("Filter by circulator"))
        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("Serial starts with…"))
        self.serial.setAccessibleName(self.tr("Filter by serial"))
        self.count = QLabel()
        filters = QHBoxLayout()
        for label, widget in ((self.tr("S&tatus:"), self.status),
                              (self.tr("Ci&rculator:"), self.circulator),
                              (self.tr("Seria&l:"), self.serial)):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.count, 1)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab goes on
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sections"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.circulator.textChanged.connect(self.apply_filter)
        self.serial.textChanged.connect(self.apply_filter)
        self._show_count()

    def apply_filter(self) -> None:
        self.model.set_filter(
            SectionFilter(self.status.currentData(), self.circulator.text(), self.serial.text())
        )
        self._show_count()

    def refresh(self) -> None:
        """Read the list again, keeping the selected section and the scroll position."""
        self.stale = False
        current = self.table.currentIndex()
        selected = self.model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        row, column = current.row(), max(current.column(), 0)
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        self._show_count()
        if selected is not None and 0 <= row < self.model.rowCount():
            # The same section is usually still on the same row (the list is by serial).
            self.table.setCurrentIndex(self.model.index(row, column))
        self.table.verticalScrollBar().setValue(scroll)

    def _show_count(self) -> None:
        self.count.setText(translate("SectionList", "%Ln section(s)", None, self.model.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        section_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if section_id is not None:
            self.open_section.emit(int(section_id))
