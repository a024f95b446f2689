"""View → Statistics…: each operator's speed and accuracy, and day by day (ops.keying_stats).

Counted off the GUI thread on a second connection (the first count of a county's
900,000 lines takes seconds; later ones count only the lines added since); each
operator's row opens (→) onto their days.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from recalldesk.core.verification import ERROR_THRESHOLD, MIN_FIELDS_FOR_RATE
from recalldesk.ops import keying_stats
from recalldesk.ops.keying_stats import OperatorDay, OperatorTotal, Statistics
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.errors import show_error
from recalldesk.ui.jobs import Job
from recalldesk.ui.language import format_day


def _hours(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _number(value: float | None, digits: int = 0) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _aligned(item: QTreeWidgetItem) -> QTreeWidgetItem:
    """Figures to the right, as in a ledger."""
    for column in range(2, StatisticsWindow.COLUMNS):
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
    return item


def count_statistics(ws: Workspace) -> Statistics:
    reader = ws.sibling()  # writable: the counts kept up to date as lines arrive
    try:
        return keying_stats.statistics(reader)
    finally:
        reader.close()


class StatisticsWindow(QDialog):
    COLUMNS = 8

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Operator statistics"))
        self.setMinimumSize(900, 480)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([
            self.tr("Operator / day"), self.tr("Office"), self.tr("Lines keyed"),
            self.tr("Keying time"), self.tr("Lines per hour"),
            self.tr("Fields in error per 1,000"), self.tr("Corrected later"),
            self.tr("Verified share"),
        ])  # fmt: skip
        self.table.setAccessibleName(self.tr("Each operator's figures, and day by day"))
        self.note = QLabel(
            self.tr(
                "Keying time counts the pauses between one operator's saved lines, but not a "
                "pause over 5 minutes. Errors come from verification: a field the paper proved "
                "wrong, per 1,000 compared (shown from {fields} fields on), on the day of the "
                "keying it judges. Above {limit} per 1,000 an operator's verified share "
                "triples. At central, other offices' errors come from their packets, as totals."
            ).format(fields=MIN_FIELDS_FOR_RATE, limit=f"{ERROR_THRESHOLD:g}")
        )
        self.note.setWordWrap(True)
        self.state = QLabel(self.tr("Counting…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.state)
        layout.addWidget(self.note)
        self.job = Job(lambda _progress, _cancelled: count_statistics(ws))
        self.job.succeeded.connect(self.show_figures)
        self.job.failed.connect(lambda error: show_error(self, error))
        self.job.start()

    def show_figures(self, found: Statistics) -> None:
        self.table.clear()
        for total in found.operators:
            item = _aligned(QTreeWidgetItem(self._row(total, found)))
            for day in total.days:
                item.addChild(_aligned(QTreeWidgetItem(self._day_row(day))))
            self.table.addTopLevelItem(item)
        for column in range(self.COLUMNS):
            self.table.resizeColumnToContents(column)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.state.setText(self.tr("%n operator(s).", "", len(found.operators)))
        self.table.setFocus()

    def _row(self, total: OperatorTotal, found: Statistics) -> list[str]:
        return [
            total.name, total.office, f"{total.lines:,}", _hours(total.seconds),
            _number(total.per_hour), _number(total.per_thousand, 1), f"{total.corrected:,}",
            f"{found.share_of(total):.0%}",
        ]  # fmt: skip

    def _day_row(self, day: OperatorDay) -> list[str]:
        return [
            format_day(day.day), "", f"{day.lines:,}", _hours(day.seconds),
            _number(day.per_hour), _number(day.per_thousand, 1), f"{day.corrected:,}", "",
        ]  # fmt: skip
