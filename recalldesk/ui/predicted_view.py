"""The dashboard's "Voter file" tab: the registrar's table predicted from the voter file,
for the drive and by office or circulator, the outliers marked.

Loaded on demand in a worker thread (a county drive's lines take a few seconds
to group), so the dashboard never waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.breakdown import MIN_LINES, Z_LIMIT
from recalldesk.core.predicted import INVALID, Category, PredictedTally
from recalldesk.ops.voter_figures import PredictedFigures, predicted
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.errors import show_error
from recalldesk.ui.jobs import Job
from recalldesk.wording.voters import say_category

_GROUP_COLUMNS = (
    Category.VALID, Category.NOT_REGISTERED, Category.DIFFERENT_ADDRESS, Category.CANCELED,
    Category.SIGNED_MORE_THAN_ONCE,
)  # fmt: skip


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _share(tally: PredictedTally, found: Category) -> str:
    share = tally.share(found)
    return "—" if share is None else f"{share:.1%}"


class PredictedView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Predicted valid signatures"))
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab goes on
        self.table.setAccessibleName(self.tr("The registrar's table, predicted"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Registrar's category"), self.tr("Signatures"), self.tr("Share of raw")]
        )
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Group by"))
        self.kind.addItem(self.tr("By office"), "office")
        self.kind.addItem(self.tr("By circulator"), "circulator")
        self.groups = QTableWidget(0, 2 + len(_GROUP_COLUMNS))
        self.groups.setTabKeyNavigation(False)  # arrows move in it; Tab goes on
        self.groups.setAccessibleName(self.tr("Predicted verdicts by office or circulator"))
        self.groups.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Raw")] + [say_category(c) for c in _GROUP_COLUMNS]
        )
        for table in (self.table, self.groups):
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rule = QLabel(
            self.tr(
                "⚠ stands out: a share of signers not registered above everyone else's by "
                "more than {z:.0f} standard errors (with at least {n} lines). Signature "
                "mismatches cannot be predicted from the file (1.3% of raw in 2022): the "
                "prediction is an upper bound in that respect, and the registrar's sample "
                "decides. Lines with two fitting voters wait for review and are not counted. "
                "“Different address” rests on a name alone (one voter of that name elsewhere "
                "in the ZIP), often a namesake: read it with “Not registered”, both invalid."
            ).format(z=Z_LIMIT, n=MIN_LINES)
        )
        self.rule.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addLayout(top)
        layout.addWidget(self.groups, 2)
        layout.addWidget(self.rule)
        self.job: Job | None = None
        self.kind.currentIndexChanged.connect(lambda _i: self.load())

    def load(self) -> Job:
        self.headline.setText(self.tr("Counting…"))
        ws, kind = self.ws, self.kind.currentData()

        def work(_progress: object, _cancelled: object) -> PredictedFigures:
            reader = ws.reader()  # a connection belongs to the thread that opens it
            try:
                return predicted(reader, kind)
            finally:
                reader.close()

        job = Job(work)
        job.succeeded.connect(self.show_figures)
        job.failed.connect(lambda error: show_error(self, error))
        self.job = job
        job.start()
        return job

    def show_figures(self, found: PredictedFigures) -> None:
        drive = found.drive
        if found.file is None:
            self.headline.setText(
                self.tr(
                    "No voter file yet. Import the county's voter file (File → Voter file…) "
                    "to predict the registrar's verdict on every line."
                )
            )
            self.source.clear()
        else:
            campaign = self.ws.campaign
            required = campaign.required_signatures if campaign else 0
            share = drive.valid / required if required else 0.0
            self.headline.setText(
                self.tr(
                    "<b>Predicted valid: {valid}</b> of {raw} raw signatures ({validity}) — "
                    "{share} of the {required} required."
                ).format(
                    valid=f"{drive.valid:,}",
                    raw=f"{drive.raw:,}",
                    validity=_share(drive, Category.VALID),
                    share=f"{share:.1%}",
                    required=f"{required:,}",
                )
            )
            waiting = drive.counts.get(Category.NOT_MATCHED, 0)
            text = self.tr(
                "From the voter file {name} (received {received}, {rows} voters)."
            ).format(
                name=found.file.file_name,
                received=found.file.received_on,
                rows=f"{found.file.row_count:,}",
            )
            if waiting:
                text += " " + self.tr(
                    "{waiting} lines keyed since the last match are not counted yet: "
                    "match them (File → Voter file…)."
                ).format(waiting=f"{waiting:,}")
            self.source.setText(text)
        rows = [Category.VALID, *INVALID, Category.TO_REVIEW, Category.NOT_MATCHED]
        self.table.setRowCount(len(rows))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + len(rows) * self.table.verticalHeader().defaultSectionSize()
            + 4
        )
        for row, c in enumerate(rows):
            self.table.setItem(row, 0, _item(say_category(c)))
            self.table.setItem(row, 1, _item(f"{drive.counts.get(c, 0):,}", True))
            self.table.setItem(row, 2, _item(_share(drive, c), True))
        # The circulators and offices that stand out first: they are the finding.
        ordered = sorted(found.groups, key=lambda g: not g.stands_out)
        self.groups.setRowCount(len(ordered))
        for row, g in enumerate(ordered):
            name = f"⚠ {g.label}" if g.stands_out else g.label
            cells = [_item(name), _item(f"{g.tally.raw:,}", True)]
            cells += [
                _item(f"{g.tally.counts.get(c, 0):,} ({_share(g.tally, c)})", True)
                for c in _GROUP_COLUMNS
            ]
            for column, item in enumerate(cells):
                if g.stands_out:
                    item.setBackground(QBrush(QColor(color("error_bg"))))
                    item.setToolTip(self.tr("Far more signers not registered than the rest"))
                self.groups.setItem(row, column, item)
