"""Table model: a sample's drawn lines with the result recorded for each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recalldesk.core.records import LineMark
from recalldesk.core.sampling import RESULTS, Result
from recalldesk.ops.sample import SampleRow
from recalldesk.wording import QT_TRANSLATE_NOOP, translate
from recalldesk.wording.sample import result_labels

Index = QModelIndex | QPersistentModelIndex

# The key that records each result in the grid: 1 Valid … 7 Other (0 or Delete clears).
RESULT_KEYS = {str(n): result for n, result in enumerate(RESULTS, start=1)}


class SampleModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SampleModel", "#"),
        QT_TRANSLATE_NOOP("SampleModel", "Result"),
        QT_TRANSLATE_NOOP("SampleModel", "Section"),
        QT_TRANSLATE_NOOP("SampleModel", "Line"),
        QT_TRANSLATE_NOOP("SampleModel", "Office"),
        QT_TRANSLATE_NOOP("SampleModel", "Name"),
        QT_TRANSLATE_NOOP("SampleModel", "Address"),
    )
    RESULT_COLUMN = 1

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SampleRow] = []
        self.results: list[str] = []
        self.labels = result_labels()

    def set_rows(self, rows: list[SampleRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.results = [r.result for r in rows]
        self.endResetModel()

    def set_result(self, row: int, result: Result) -> None:
        self.results[row] = result.value
        index = self.index(row, self.RESULT_COLUMN)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("SampleModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return ""
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RESULT_COLUMN:
                return self._result_text(row, self.results[index.row()])
            return self._cells(row)[column]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.RESULT_COLUMN:
            return self._result_text(row, self.results[index.row()])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RESULT_COLUMN:
            return translate(
                "SampleModel",
                "Type 1 Valid, 2 Not registered, 3 Different address, 4 Signature mismatch, "
                "5 Canceled, 6 Out of county, 7 Other; 0 or Delete clears.",
            )
        return None if role != Qt.ItemDataRole.DisplayRole else ""

    def _cells(self, row: SampleRow) -> tuple[str, ...]:
        if not row.present:
            gone = translate("SampleModel", "(line deleted since the draw)")
            return (str(row.position), "", "", "", "", gone, "")
        name = f"{row.first_name} {row.last_name}".strip()
        address = " ".join(
            p for p in (row.street_number, row.street_name, row.unit, row.city, row.zip_code) if p
        )
        return (
            str(row.position), "", row.serial, str(row.line_number), row.office_code, name,
            address,
        )  # fmt: skip

    def _result_text(self, row: SampleRow, result: str) -> str:
        if row.mark == LineMark.WITHDRAWN:
            return translate("SampleModel", "Withdrawn (never valid)")
        if not result:
            return "—"
        return self.labels.get(Result(result), result)
