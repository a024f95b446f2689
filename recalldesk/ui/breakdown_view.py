"""Figures by office and by circulator: sortable, exportable, the outliers marked.

Loaded on demand (a worker thread reads a county drive's lines in about a
second), so opening the dashboard never waits for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.breakdown import MIN_LINES, Z_LIMIT
from recalldesk.core.messages import MessageError
from recalldesk.ops.breakdown import CIRCULATOR, OFFICE, Breakdown, breakdown
from recalldesk.ops.table_export import write_table
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.errors import show_error
from recalldesk.ui.jobs import Job
from recalldesk.wording import QT_TRANSLATE_NOOP, translate
from recalldesk.wording.say import rule_title

Index = QModelIndex | QPersistentModelIndex


class BreakdownModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("BreakdownModel", "Name"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Sections"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Raw signatures"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Ruled out"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Problem rate"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Signed more than once"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Sample checked"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Sample validity"),
        QT_TRANSLATE_NOOP("BreakdownModel", "Commonest problems"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.found: Breakdown | None = None

    def set_breakdown(self, found: Breakdown) -> None:
        self.beginResetModel()
        self.found = found
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.found is None else len(self.found.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("BreakdownModel", self.HEADERS[section])
        return None

    def row_values(self, row: int) -> tuple[tuple[str, Any], ...]:
        """(shown text, sort value) per column."""
        assert self.found is not None
        g = self.found.groups[row]
        flags = self.found.flags[g.key]
        rate, validity = g.problem_rate, g.sample_validity
        commonest = sorted((g.problems or {}).items(), key=lambda kv: -kv[1])[:3]
        label = g.label or translate("BreakdownModel", "(no circulator recorded)")
        return (
            (label, label.casefold()),
            (f"{g.sections:,}", g.sections),
            (f"{g.raw:,}", g.raw),
            (f"{g.ruled_out:,}", g.ruled_out),
            (("⚠ " if flags.problems else "") + (f"{rate:.1%}" if rate is not None else "—"),
             rate if rate is not None else -1.0),
            (f"{g.repeats:,}", g.repeats),
            (f"{g.sample_checked:,}", g.sample_checked),
            (("⚠ " if flags.validity else "") + (f"{validity:.1%}" if validity is not None
                                                 else "—"),
             validity if validity is not None else 2.0),
            (", ".join(f"{rule_title(code)} ({n:,})" for code, n in commonest), len(commonest)),
        )  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.found is None:
            return None
        text, value = self.row_values(index.row())[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and text.startswith("⚠"):
            return QBrush(QColor(color("error_bg")))
        if role == Qt.ItemDataRole.ToolTipRole and text.startswith("⚠"):
            return translate(
                "BreakdownModel",
                "Far from the rest: more than three standard errors beyond everyone else's rate.",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() not in (0, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BreakdownView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Group by"))
        self.kind.addItem(self.tr("By office"), OFFICE)
        self.kind.addItem(self.tr("By circulator"), CIRCULATOR)
        self.export = QPushButton(self.tr("E&xport to Excel…"))
        self.model = BreakdownModel()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab goes on
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # the most signatures first
        self.table.setAccessibleName(self.tr("Figures by office or circulator"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.rule = QLabel(
            self.tr(
                "⚠ stands out: a problem rate above, or a sample validity below, everyone "
                "else's by more than {z:.0f} standard errors (with at least {n} lines)."
            ).format(z=Z_LIMIT, n=MIN_LINES)
        )
        self.rule.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.status, 1)
        top.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)
        self.job: Job | None = None
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.export.clicked.connect(self.export_table)

    def load(self) -> Job:
        self.status.setText(self.tr("Counting…"))
        ws, kind = self.ws, self.kind.currentData()

        def work(_progress: object, _cancelled: object) -> Breakdown:
            reader = ws.reader()  # a connection belongs to the thread that opens it
            try:
                return breakdown(reader, kind)
            finally:
                reader.close()

        job = Job(work)
        job.succeeded.connect(self._show)
        job.failed.connect(lambda error: show_error(self, error))
        self.job = job
        job.start()
        return job

    def _show(self, found: Breakdown) -> None:
        self.model.set_breakdown(found)
        flagged = sum(f.problems or f.validity for f in found.flags.values())
        self.status.setText(
            self.tr("{n} groups, {flagged} standing out").format(
                n=f"{len(found.groups):,}", flagged=flagged
            )
        )

    def export_table(self) -> None:
        if self.model.found is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the table"), "recalldesk-breakdown.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )  # fmt: skip
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        headers = [translate("BreakdownModel", h) for h in BreakdownModel.HEADERS]
        rows = []
        for r in range(self.model.rowCount()):
            values = self.model.row_values(r)
            rows.append([
                v if isinstance(v, int) and i not in (0, 8) else t
                for i, (t, v) in enumerate(values)
            ])  # fmt: skip
        try:
            write_table(path, self.kind.currentText(), headers, rows)
        except MessageError as error:
            show_error(self, error)
            return
        self.status.setText(self.tr("Wrote {path}").format(path=path))
