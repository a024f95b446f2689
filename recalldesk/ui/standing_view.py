"""Central's view of the offices: last packet and its age, missing packets, what waits."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.ops.standing import OfficeStanding, standing
from recalldesk.ops.workspace import Workspace


class StandingView(QWidget):
    COLUMNS = 9

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab goes on
        self.table.setHorizontalHeaderLabels([
            self.tr("Office"), self.tr("Packets"), self.tr("Last packet (UTC)"),
            self.tr("Days since"), self.tr("Missing packets"), self.tr("Open conflicts"),
            self.tr("Duplicates to review"), self.tr("Sections verified"),
            self.tr("Errors per 1,000 fields"),
        ])  # fmt: skip
        self.table.setAccessibleName(self.tr("The offices' standing"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(
            self.tr(
                "The most urgent first: packets missing (a gap in an office's numbering: ask "
                "it to sync everything) and open conflicts, then the longest silence. Keying "
                "quality comes from each office's verification (sections keyed again blind), "
                "as its latest packet reported it; the error rate shows once 200 fields were "
                "compared."
            )
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def load(self, now: datetime | None = None) -> list[OfficeStanding]:
        rows = standing(self.ws, now or datetime.now(UTC))
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            values = (
                f"{s.code} — {s.name}", f"{s.packets:,}",
                s.last_received_at[:16].replace("T", " ") or self.tr("nothing yet"),
                "—" if s.days_since is None else f"{s.days_since:,}",
                f"{s.missing_packets:,}", f"{s.open_conflicts:,}", f"{s.duplicates_to_review:,}",
                f"{s.sections_verified:,}", self._rate(s),
            )  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(("⚠ " if c in (4, 5) and value != "0" else "") + value)
                self.table.setItem(r, c, item)
        return rows

    def _rate(self, s: OfficeStanding) -> str:
        rate = s.errors_per_thousand
        if not s.fields_compared:
            return self.tr("— (nothing verified yet)")
        if rate is None:
            return self.tr("— (%Ln fields compared)", "", s.fields_compared)
        return f"{rate:.1f}"
