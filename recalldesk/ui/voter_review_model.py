"""Table model: the lines whose voter match a person must settle, one row per line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recalldesk.ops.voter_review import ReviewLine
from recalldesk.wording import QT_TRANSLATE_NOOP, translate
from recalldesk.wording.voters import say_reasons, say_status

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "VoterReviewModel"
REGISTRATION = {
    "active": QT_TRANSLATE_NOOP(CONTEXT, "active"),
    "inactive": QT_TRANSLATE_NOOP(CONTEXT, "inactive (still registered)"),
    "canceled": QT_TRANSLATE_NOOP(CONTEXT, "canceled"),
}


def say_registration(status: str) -> str:
    """A voter's registration status in the voter file, in words."""
    text = REGISTRATION.get(status)
    return translate(CONTEXT, text) if text else status


def line_name(line: ReviewLine) -> str:
    return f"{line.first_name} {line.last_name}".strip()


def line_address(line: ReviewLine) -> str:
    street = " ".join(p for p in (line.street_number, line.street_name) if p)
    if line.unit:  # "#4B", "Apt 4B" as keyed; a bare "4B" is given its "#"
        street = f"{street} #{line.unit}" if line.unit[:1].isdigit() else f"{street} {line.unit}"
    return ", ".join(p for p in (street, " ".join(q for q in (line.city, line.zip_code) if q)) if p)


class ReviewModel(QAbstractTableModel):
    """Rows of :class:`ReviewLine`; DisplayRole worded, UserRole a raw sort key."""

    HEADERS = (
        QT_TRANSLATE_NOOP(CONTEXT, "Section"),
        QT_TRANSLATE_NOOP(CONTEXT, "Line"),
        QT_TRANSLATE_NOOP(CONTEXT, "Name"),
        QT_TRANSLATE_NOOP(CONTEXT, "Address"),
        QT_TRANSLATE_NOOP(CONTEXT, "Predicted"),
        QT_TRANSLATE_NOOP(CONTEXT, "Why"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ReviewLine] = []

    def set_rows(self, rows: list[ReviewLine]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate(CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        line = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(line)[column]
        if role == Qt.ItemDataRole.UserRole:
            keys = (line.serial, line.line_number, line.last_name.casefold(),
                    line.street_name.casefold(), line.status, line.reasons)  # fmt: skip
            return keys[column]
        return None

    def _cells(self, line: ReviewLine) -> tuple[str, ...]:
        status = say_status(line.status)
        if line.candidates > 1 and line.status != "ambiguous":
            status = translate(CONTEXT, "{status} ({n} candidates)").format(
                status=status, n=line.candidates
            )
        return (
            line.serial, str(line.line_number), line_name(line), line_address(line), status,
            say_reasons(line.reasons),
        )  # fmt: skip
