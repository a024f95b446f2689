"""The Voter file window (central office): the county's voter file, matching, review.

Top, the current file's provenance as 2 CCR 19003 asks (name, size, SHA-256,
day received, who imported it and when, rows read and refused) and its
voters by registration status. *Import a voter file…* asks for the file's
layout (the mapping dialog), then reads it in the background with progress
and Cancel; a refused file changes nothing and says why. *Match lines*
predicts every new or changed line's verdict in the background, then shows
the counts. Below, the lines to review: Enter opens the line's candidate
voters, where 1–9 picks one and N says none of them; the list moves on.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.matching.voter_verdict import Predicted
from recalldesk.core.messages import Message, MessageError
from recalldesk.core.records import Actor
from recalldesk.core.voter_file import ColumnMapping
from recalldesk.core.work import Cancelled
from recalldesk.ops import voter_match, voter_review, voters
from recalldesk.ops.base import Changes, OpRefused
from recalldesk.ops.voter_match import MatchRun
from recalldesk.ops.voter_preview import first_problems
from recalldesk.ops.voters import RowProblem, VoterImport
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.errors import show_error
from recalldesk.ui.jobs import Job
from recalldesk.ui.voter_candidates_dialog import CandidatesDialog
from recalldesk.ui.voter_mapping_dialog import VoterMappingDialog, file_size
from recalldesk.ui.voter_review_model import ReviewModel, say_registration
from recalldesk.wording import say, translate
from recalldesk.wording.voters import say_status

CONTEXT = "VotersWindow"
STATUS_ORDER = [p.value for p in Predicted]
SHOWN_PROBLEMS = 5  # refused rows named under an import; the rest are counted


@dataclass(frozen=True, slots=True)
class Refused:
    """An import that changed nothing: why, and the first rows it could not read."""

    message: Message
    problems: list[RowProblem]


def problems_text(problems: list[RowProblem]) -> str:
    """ " Line 4: voter LA1: “x” is not a ZIP code. …" for the first few refused rows."""
    return "".join(
        " "
        + translate(CONTEXT, "Line {line}: {what}.").format(
            line=p.line, what=say(Message(p.code, p.params))
        )
        for p in problems[:SHOWN_PROBLEMS]
    )


class VotersWindow(QDialog):
    """Signal ``changed(object)`` carries an operation's Changes to the main window."""

    changed = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voter file"))
        self.ws, self.actor = ws, actor
        self.job: Job | None = None
        self.provenance = QLabel()
        self.provenance.setWordWrap(True)
        self.provenance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provenance.setAccessibleName(self.tr("The current voter file"))
        self.import_button = QPushButton(self.tr("&Import a voter file…"))
        self.match_button = QPushButton(self.tr("&Match lines"))
        self.match_button.setToolTip(
            self.tr("Predict the registrar's verdict on every line new or changed since the "
                    "last match")
        )  # fmt: skip
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("What the last action did"))
        self.predicted = QLabel()
        self.predicted.setWordWrap(True)
        self.predicted.setAccessibleName(self.tr("Predicted verdicts"))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("How many lines to review"))
        self.model = ReviewModel()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab goes on
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lines whose voter a person must settle"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((100, 45, 150, 250, 260)):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.open_candidates())
        hint = QLabel(
            self.tr("Enter: the selected line's candidate voters; there 1–9 picks one, "
                    "N none of these. The list moves on to the next line.")
        )  # fmt: skip
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.match_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.provenance)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.predicted)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.import_button.clicked.connect(self.choose_and_import)
        self.match_button.clicked.connect(self.run_match)
        self.resize(1100, 680)
        self.reload()
        self.tell("")
        if not ws.is_central:
            self.tell(
                self.tr("The voter file is kept at the central office only: import and match "
                        "lines there.")
            )  # fmt: skip
        self.table.setFocus()

    # ----- what is shown ------------------------------------------------------------------

    def reload(self, keep_row: int | None = None) -> None:
        """The provenance, the counts and the lines to review, read again."""
        current = next((f for f in voters.files(self.ws) if f.current), None)
        if current is None:
            self.provenance.setText(
                "<p>" + html.escape(self.tr(
                    "No voter file imported yet. Ask the registrar for the county's voter file "
                    "for election purposes (Elections Code 2194), as delimited text, then "
                    "import it here."
                )) + "</p>"
            )  # fmt: skip
        else:
            counts = voters.by_status(self.ws)
            by_status = " · ".join(
                translate(CONTEXT, "{n} {status}").format(
                    n=f"{counts[s]:,}", status=say_registration(s)
                )
                for s in ("active", "inactive", "canceled") if counts.get(s)
            )  # fmt: skip
            self.provenance.setText(
                "<p><b>" + html.escape(current.file_name) + "</b> — " + html.escape(self.tr(
                    "{size}, received {received}, imported {at} UTC by {by}: {rows} voters "
                    "read, {refused} rows refused."
                ).format(
                    size=file_size(current.size), received=current.received_on,
                    at=current.imported_at[:16].replace("T", " "), by=current.imported_by,
                    rows=f"{current.row_count:,}", refused=f"{current.refused_rows:,}",
                )) + "</p><p>" + html.escape(self.tr("SHA-256 {sha}").format(sha=current.sha256))
                + "</p><p>" + html.escape(self.tr("Voters: {counts}").format(counts=by_status))
                + "</p>"
            )  # fmt: skip
        central = self.ws.is_central
        self.import_button.setEnabled(central and self.job is None)
        self.match_button.setEnabled(central and current is not None and self.job is None)
        self.show_predicted(voter_review.predicted_counts(self.ws))
        self.model.set_rows(voter_review.to_review(self.ws))
        rows = self.model.rowCount()
        self.summary.setText(translate(CONTEXT, "%Ln line(s) to review", None, rows))
        if rows:
            self.table.selectRow(max(0, min(keep_row or 0, rows - 1)))

    def show_predicted(self, counts: dict[str, int], extra: str = "") -> None:
        if not counts:
            self.predicted.setText(self.tr("No line matched yet."))
            return
        ordered = sorted(counts, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 99)
        words = " · ".join(f"{say_status(s)}: {counts[s]:,}" for s in ordered)
        self.predicted.setText(
            (extra + " " if extra else "") + self.tr("Predicted: {words}").format(words=words)
        )

    # ----- work off the GUI thread --------------------------------------------------------

    def in_background(
        self, label: str, work: Callable[..., Any], done: Callable[[Any], None]
    ) -> Job:
        """``work(ws, progress, cancelled)`` on its own connection in a worker thread, behind a
        progress dialog with Cancel; ``done(result)`` on the GUI thread."""
        ws = self.ws
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, self)
        dialog.setWindowTitle(self.tr("Voter file"))
        dialog.setMinimumDuration(300)

        def run(progress: object, cancelled: object) -> Any:
            sibling = ws.sibling()  # a connection belongs to the thread that opens it
            try:
                return work(sibling, progress, cancelled)
            finally:
                sibling.close()

        job = Job(run, self)
        self.job = job
        self.import_button.setEnabled(False)
        self.match_button.setEnabled(False)
        job.progress.connect(lambda n, total: dialog.setValue(int(100 * n / total) if total else 0))

        def succeeded(result: Any) -> None:
            dialog.close()
            done(result)

        def failed(error: BaseException) -> None:
            dialog.close()
            self._failed(error)

        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        job.finished.connect(self._idle)
        dialog.canceled.connect(job.cancel)
        job.start()
        return job

    def _idle(self) -> None:
        self.job = None
        self.reload(keep_row=self.table.currentIndex().row())

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.tell(self.tr("Stopped; nothing changed."))
        elif isinstance(error, MessageError):
            self.say_refused(error.message)
        else:
            self.tell("")
            show_error(self, error)

    def say_refused(self, message: Message, problems: list[RowProblem] | None = None) -> None:
        self.note.setStyleSheet(f"color: {color('error')}; font-weight: bold;")
        self.tell(self.tr("✗ {why}").format(why=say(message)) + problems_text(problems or []))

    def tell(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def say_done(self, text: str) -> None:
        self.note.setStyleSheet("")
        self.tell(self.tr("✓ {what}").format(what=text))

    # ----- import and match ---------------------------------------------------------------

    def choose_and_import(self) -> None:
        dialog = VoterMappingDialog(self.ws, self.actor, self)
        if dialog.exec() and dialog.mapping is not None and dialog.path is not None:
            self.import_file(dialog.path, dialog.mapping, dialog.received_on)

    def import_file(self, path: Path, mapping: ColumnMapping, received_on: date) -> Job:
        """Read ``path`` through ``mapping`` in the background; a refusal changes nothing and
        names the first rows it could not read."""
        actor = self.actor

        def work(ws: Workspace, progress: Any, cancelled: Any) -> VoterImport | Refused:
            try:
                return voters.import_voters(
                    ws, actor, path, mapping, received_on=received_on, progress=progress,
                    cancelled=cancelled,
                ).value  # fmt: skip
            except OpRefused as error:
                many = error.message.code == "voters.too_many_refused"
                return Refused(error.message, first_problems(path, mapping) if many else [])

        def imported(done: VoterImport | Refused) -> None:
            if isinstance(done, Refused):
                self.say_refused(done.message, done.problems)
                return
            self.say_done(
                self.tr("Imported {n} voters from {name}; {refused} rows refused.").format(
                    n=f"{done.voters:,}", name=done.file.file_name,
                    refused=f"{done.file.refused_rows:,}",
                ) + problems_text(list(done.problems))
            )  # fmt: skip
            self.changed.emit(Changes(figures=True))

        return self.in_background(self.tr("Reading {name}…").format(name=path.name), work, imported)

    def run_match(self) -> Job:
        actor = self.actor

        def matched(run: MatchRun) -> None:
            self.say_done(
                self.tr("Matched {n} lines against the voter file in {seconds} s.").format(
                    n=f"{run.lines:,}", seconds=f"{run.seconds:.1f}"
                )
            )
            self.changed.emit(Changes(figures=True))

        return self.in_background(
            self.tr("Matching lines against the voter file…"),
            lambda ws, progress, cancelled: (
                voter_match.match_lines(ws, actor, progress=progress, cancelled=cancelled).value
            ),
            matched,
        )

    # ----- review -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_candidates()
                return True
        return super().eventFilter(watched, event)

    def candidates_dialog(self) -> CandidatesDialog | None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return None
        line = self.model.rows[row]
        try:
            found = voter_review.candidates(self.ws, line.line_id)
        except MessageError as error:
            show_error(self, error)
            return None
        return CandidatesDialog(line, found, self)

    def open_candidates(self) -> None:
        """The selected line's candidates; a pick settles the line and the list moves on."""
        dialog = self.candidates_dialog()
        if dialog is None or not dialog.exec():
            return
        row = self.table.currentIndex().row()
        line = self.model.rows[row]
        try:
            voter_review.decide(self.ws, self.actor, line.line_id, dialog.picked)
        except MessageError as error:
            show_error(self, error)
            return
        self.changed.emit(Changes(figures=True))
        self.reload(keep_row=row)  # the next line takes its place
        self.table.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()  # the file being read is finished or abandoned, never torn
        super().hideEvent(event)
