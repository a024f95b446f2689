"""Windowed table model over the section list: knows the row count, fetches pages.

Only the pages in view are read (200 rows each, a few kept cached), so the
list opens instantly and jumps to the last of 60,000+ sections without
loading the rest, unlike ``fetchMore`` batching, which reads every row on
the way down.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from recalldesk.ops import queries
from recalldesk.ops.queries import SectionFilter, StoredSection
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.dates import format_date
from recalldesk.ui.words import status_word
from recalldesk.wording import QT_TRANSLATE_NOOP
from recalldesk.wording.say import finding_text, rule_title

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
CACHED_PAGES = 8
HEADERS = (
    QT_TRANSLATE_NOOP("SectionListModel", "Serial"),
    QT_TRANSLATE_NOOP("SectionListModel", "Status"),
    QT_TRANSLATE_NOOP("SectionListModel", "Circulator"),
    QT_TRANSLATE_NOOP("SectionListModel", "Declared"),
    QT_TRANSLATE_NOOP("SectionListModel", "Keyed"),
    QT_TRANSLATE_NOOP("SectionListModel", "Received"),
    QT_TRANSLATE_NOOP("SectionListModel", "Problems"),
    QT_TRANSLATE_NOOP("SectionListModel", "Why totals differ"),
)


class SectionListModel(QAbstractTableModel):
    """UserRole holds the section's row id (the key to open it)."""

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.filter = SectionFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[StoredSection]] = OrderedDict()
        self.refresh()

    def set_filter(self, where: SectionFilter) -> None:
        self.filter = where
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = queries.count_sections(self.ws, self.filter)
        self.endResetModel()

    def section_at(self, row: int) -> StoredSection | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = queries.section_page(self.ws, self.filter, number * PAGE, PAGE)
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stored = self.section_at(index.row())
        if stored is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return stored.id
        section = stored.section
        if role == Qt.ItemDataRole.DisplayRole:
            received = format_date(section.received_on)
            values = (
                section.serial,
                status_word(section.status),
                stored.circulator_name,
                str(section.declared_lines),
                str(stored.keyed_lines),
                received,
                "; ".join(rule_title(f.code) for f in stored.findings),
                stored.close_note,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and stored.voided and index.column() == 6:
            return QBrush(QColor(color("error")))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7 and stored.close_note:
            return stored.close_note
        if role == Qt.ItemDataRole.ToolTipRole and stored.findings:
            return "\n".join(
                f"{finding_text(f.code, f.params)} ({f.code})" for f in stored.findings
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SectionListModel", HEADERS[section])
        return None
