"""The Sample window: draw the campaign's random sample, record results, read the projection.

Left, the drawn lines; a digit records the result of the selected line and
moves to the next (1 Valid … 7 Other; 0 or Delete clears), each one saved at
once. Right, what the results project with the registrar's formula, the
valid signatures the sample needs for each tier, and the interval. The
checklist workbook goes out to volunteers and comes back filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.projection import sample_size
from recalldesk.core.records import Actor
from recalldesk.core.sampling import Result
from recalldesk.ops import queries, sample
from recalldesk.ops.base import Changes
from recalldesk.ops.sample import StoredDraw
from recalldesk.ops.sample_files import (
    ChecklistImported,
    ChecklistWritten,
    import_checklist,
    write_checklist,
)
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.errors import show_error
from recalldesk.ui.jobs import Job
from recalldesk.ui.sample_model import RESULT_KEYS, SampleModel
from recalldesk.ui.sample_text import findings_html
from recalldesk.wording.sample import result_labels

T = TypeVar("T")


class SampleWindow(QDialog):
    """Signal ``changed(object)`` carries an operation's Changes to the main window."""

    changed = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Random sample"))
        self.ws, self.actor = ws, actor
        self.draws = QComboBox()
        self.draws.setAccessibleName(self.tr("Sample"))
        self.draw_button = QPushButton(self.tr("&Draw a new sample…"))
        self.checklist = QPushButton(self.tr("Write &checklist…"))
        self.checklist.setToolTip(self.tr("The workbook volunteers fill in from the voter roll"))
        self.import_button = QPushButton(self.tr("&Import checklist…"))
        self.model = SampleModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Drawn lines and their results"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((50, 150, 80, 40, 65, 160)):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.keys_hint = QLabel(
            self.tr(
                "Keys: 1 Valid · 2 Not registered · 3 Different address · 4 Signature mismatch "
                "· 5 Canceled · 6 Out of county · 7 Other · 0 clears. Each is saved at once."
            )
        )
        self.keys_hint.setWordWrap(True)
        self.findings = QTextBrowser()
        self.findings.setAccessibleName(self.tr("What the results project"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        label = QLabel(self.tr("&Sample:"))
        label.setBuddy(self.draws)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.draws, 1)
        for button in (self.draw_button, self.checklist, self.import_button):
            top.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.keys_hint)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addWidget(self.findings, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(middle, 1)
        self.recount = QTimer(self, singleShot=True, interval=400)
        self.recount.timeout.connect(self.show_findings)
        self.draws.currentIndexChanged.connect(lambda _i: self.load_draw())
        self.draw_button.clicked.connect(self.new_draw)
        self.checklist.clicked.connect(self.write_checklist)
        self.import_button.clicked.connect(self.import_checklist)
        central = ws.is_central
        for widget in (self.draw_button, self.import_button):
            widget.setEnabled(central)
        if not central:
            self.note.setText(
                self.tr(
                    "Samples are drawn and recorded at the central office, where every "
                    "office's lines are merged."
                )
            )
        self.job: Job | None = None
        self.resize(1200, 680)
        self.reload_draws()
        self.table.setFocus()

    # ----- work off the GUI thread ------------------------------------------------------

    def in_background(
        self, label: str, work: Callable[[Workspace], T], done: Callable[[T], None]
    ) -> Job:
        """Run ``work`` on its own connection in a worker thread (a county sample's file takes
        a second or two); the window stays live and says what it is doing."""
        ws = self.ws
        self.note.setText(label)
        for button in (self.draw_button, self.checklist, self.import_button):
            button.setEnabled(False)

        def run(_progress: object, _cancelled: object) -> T:
            sibling = ws.sibling()  # a connection belongs to the thread that opens it
            try:
                return work(sibling)
            finally:
                sibling.close()

        job = Job(run)
        job.succeeded.connect(done)
        job.failed.connect(self._failed)
        job.finished.connect(self._idle)
        self.job = job
        job.start()
        return job

    def _failed(self, error: BaseException) -> None:
        self.note.setText("")
        show_error(self, error)

    def _idle(self) -> None:
        self.job = None
        central = self.ws.is_central
        self.draw_button.setEnabled(central)
        self.checklist.setEnabled(self.draws.count() > 0)
        self.import_button.setEnabled(central and self.draws.count() > 0)

    # ----- draws -------------------------------------------------------------------------

    def reload_draws(self, select: int | None = None) -> None:
        self.draws.blockSignals(True)
        self.draws.clear()
        for d in sample.draws(self.ws):
            self.draws.addItem(
                self.tr("Sample {id}: drawn {day}, {size} of {raw} raw, seed {seed}").format(
                    id=d.id,
                    day=d.drawn_at[:10],
                    size=f"{d.size:,}",
                    raw=f"{d.raw_count:,}",
                    seed=d.seed,
                ),
                d.id,
            )
        self.draws.blockSignals(False)
        if select is not None:
            self.draws.setCurrentIndex(max(0, self.draws.findData(select)))
        self.checklist.setEnabled(self.draws.count() > 0)
        self.import_button.setEnabled(self.draws.count() > 0 and self.ws.is_central)
        if self.draws.count() == 0:
            self.model.set_rows([])
            self.findings.setHtml(
                "<p>"
                + self.tr(
                    "No sample drawn yet. Draw one as the registrar will (every raw signature "
                    "with an equal chance), look each signer up in the voter roll, and record "
                    "what you find: the projection then follows the registrar's formula."
                )
                + "</p>"
            )
            return
        self.load_draw()

    def current_draw(self) -> int | None:
        value = self.draws.currentData()
        return int(value) if value is not None else None

    def load_draw(self) -> None:
        draw_id = self.current_draw()
        if draw_id is None:
            return
        self.model.set_rows(sample.rows(self.ws, draw_id))
        if self.model.rowCount():
            first = next((i for i, r in enumerate(self.model.results) if not r), 0)
            self.table.selectRow(first)
        self.show_findings()

    def show_findings(self) -> None:
        draw_id = self.current_draw()
        if draw_id is not None:
            campaign = self.ws.require_campaign()
            self.findings.setHtml(findings_html(campaign, sample.findings(self.ws, draw_id)))

    def new_draw(self) -> None:
        raw = queries.raw_signatures(self.ws)
        default = sample_size(raw, self.ws.require_campaign()) or 500
        size, ok = QInputDialog.getInt(
            self,
            self.tr("Draw a new sample"),
            self.tr(
                "How many of the {raw} raw signatures? (The registrar draws {default}: "
                "500 or 5%, whichever is greater.)"
            ).format(raw=f"{raw:,}", default=f"{default:,}"),
            default,
            1,
            max(1, min(raw, sample.MAX_SAMPLE)),
        )
        if not ok:
            return
        actor = self.actor

        def drawn(found: StoredDraw) -> None:
            self.note.setText(
                self.tr("Drew sample {id}: {size} of {raw} raw signatures (seed {seed}).").format(
                    id=found.id, size=f"{found.size:,}", raw=f"{found.raw_count:,}",
                    seed=found.seed,
                )
            )  # fmt: skip
            self.reload_draws(select=found.id)
            self.changed.emit(Changes(figures=True))

        self.in_background(
            self.tr("Drawing {size} signatures…").format(size=f"{size:,}"),
            lambda ws: sample.draw(ws, actor, size=size).value,
            drawn,
        )

    def hideEvent(self, event: QHideEvent) -> None:
        self.recount.stop()  # a recount after the window is gone would read a closed file
        if self.job is not None:
            self.job.wait()  # the file being read or written is finished, not torn
        super().hideEvent(event)

    # ----- results -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text in RESULT_KEYS:
                self.record(RESULT_KEYS[text])
                return True
            if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.record(Result.PENDING)
                return True
        return super().eventFilter(watched, event)

    def record(self, result: Result) -> None:
        draw_id, row = self.current_draw(), self.table.currentIndex().row()
        if draw_id is None or row < 0 or not self.ws.is_central:
            return
        position = self.model.rows[row].position
        try:
            sample.record_results(self.ws, self.actor, draw_id, [(position, result)])
        except MessageError as error:
            show_error(self, error)
            return
        self.model.set_result(row, result)
        if result is not Result.PENDING and row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)
        self.recount.start()
        self.changed.emit(Changes(figures=True))

    # ----- the checklist -------------------------------------------------------------------

    def write_checklist(self) -> None:
        draw_id = self.current_draw()
        if draw_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write the checklist"),
            f"sample-{draw_id}-checklist.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self.write_file(draw_id, Path(name))

    def write_file(self, draw_id: int, path: Path) -> Job:
        actor, labels = self.actor, result_labels()

        def written(done: ChecklistWritten) -> None:
            self.note.setText(
                self.tr("Wrote {path}: {n} lines to look up.").format(
                    path=done.path, n=f"{done.lines:,}"
                )
            )

        return self.in_background(
            self.tr("Writing {name}…").format(name=path.name),
            lambda ws: write_checklist(ws, actor, draw_id, path, labels).value,
            written,
        )

    def import_checklist(self) -> None:
        draw_id = self.current_draw()
        if draw_id is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a filled-in checklist"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.import_file(draw_id, Path(name))

    def import_file(self, draw_id: int, path: Path) -> Job:
        actor, labels = self.actor, result_labels()

        def imported(done: ChecklistImported) -> None:
            self.note.setText(
                self.tr("Read {read} results from {name}; {changed} new or changed.").format(
                    read=f"{done.read:,}", name=path.name, changed=f"{done.changed:,}"
                )
            )
            self.load_draw()
            self.changed.emit(Changes(figures=True))

        return self.in_background(
            self.tr("Reading {name}…").format(name=path.name),
            lambda ws: import_checklist(ws, actor, draw_id, path, labels).value,
            imported,
        )
