"""Table model: lines with problems, by rule code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from recalldesk.core.rules import RULES
from recalldesk.wording import QT_TRANSLATE_NOOP
from recalldesk.wording.say import rule_meaning, rule_title, severity_word

Index = QModelIndex | QPersistentModelIndex


class ProblemCountsModel(QAbstractTableModel):
    """Rows of (problem, lines, severity, basis, meaning); UserRole holds the raw sort key.

    The problem shows as its short plain name; the code is in the tooltip.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemCountsModel", "Problem"),
        QT_TRANSLATE_NOOP("ProblemCountsModel", "Lines"),
        QT_TRANSLATE_NOOP("ProblemCountsModel", "Severity"),
        QT_TRANSLATE_NOOP("ProblemCountsModel", "Legal basis"),
        QT_TRANSLATE_NOOP("ProblemCountsModel", "Meaning"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, int]] = []

    def set_counts(self, counts: dict[str, int]) -> None:
        self.beginResetModel()
        self._rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        code, count = self._rows[index.row()]
        rule = RULES.get(code)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                rule_title(code),
                f"{count:,}",
                severity_word(str(rule.severity)) if rule else "",
                rule.basis if rule else "",
                rule_meaning(code) if rule else code,
            )
            return values[column]
        if role == Qt.ItemDataRole.UserRole:
            return count if column == 1 else code
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and rule is not None:
            return f"{rule_meaning(code)} ({rule.basis}; {code})"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ProblemCountsModel", self.HEADERS[section])
        return None
