"""Which voter signed this line? The candidates, numbered: a digit picks one, N none.

After ``exec()`` returns Accepted, :attr:`picked` is the voter's row id, or
None for "none of these". Enter picks the highlighted candidate; Esc leaves
the line as it is.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recalldesk.ops.voter_review import Candidate, ReviewLine
from recalldesk.ui.voter_review_model import line_address, line_name, say_registration
from recalldesk.wording import translate
from recalldesk.wording.voters import say_reasons, say_status

CONTEXT = "VoterCandidatesDialog"


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


def candidate_text(n: int, c: Candidate) -> str:
    """One candidate on one line, as the list shows it (the voter file's text is folded)."""
    name = _title(" ".join(p for p in (c.first, c.middle, c.last) if p))
    street = _title(" ".join(p for p in (c.number, c.street) if p))
    if c.unit:  # folded in the voter file: "4b", "apt 4b"
        unit = c.unit.upper()
        street = f"{street} #{unit}" if unit[:1].isdigit() else f"{street} {unit}"
    where = ", ".join(p for p in (street, f"{_title(c.city)} {c.zip5}".strip()) if p)
    status = say_registration(c.status)
    parts = [
        f"{n}.  {name} — {where}",
        translate(CONTEXT, "{status}, registered {day}").format(
            status=status, day=c.registered_on or "?"
        ),
        translate(CONTEXT, "voter {id}").format(id=c.voter_id),
        translate(CONTEXT, "score {score}").format(score=f"{c.score:.1f}"),
    ]
    if not c.at_address:
        parts.append(translate(CONTEXT, "at another address"))
    if c.chosen:
        parts.append(translate(CONTEXT, "the matcher's pick"))
    return " · ".join(parts)


class CandidatesDialog(QDialog):
    """The line and its candidate voters; see the module's docstring."""

    def __init__(
        self, line: ReviewLine, candidates: list[Candidate], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Section {serial}, line {line}: which voter?").format(
                serial=line.serial, line=line.line_number
            )
        )
        self.candidates = candidates
        self.picked: int | None = None
        heading = QLabel(
            "<p><b>" + html.escape(line_name(line)) + "</b> — " + html.escape(line_address(line))
            + "</p><p>" + html.escape(self.tr("Predicted: {status} — {why}").format(
                status=say_status(line.status), why=say_reasons(line.reasons)))
            + "</p>"
        )  # fmt: skip
        heading.setWordWrap(True)
        heading.setAccessibleName(self.tr("The line as keyed"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Voters who may have signed this line"))
        for n, candidate in enumerate(candidates, start=1):
            item = QListWidgetItem(candidate_text(n, candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate.voter)
            self.list.addItem(item)
        if not candidates:
            self.list.addItem(self.tr("No voter in the file fits this line."))
        self.list.setCurrentRow(0)
        self.list.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.pick_row(self.list.currentRow()))
        hint = QLabel(
            self.tr("Keys: 1–{last} pick that voter · N none of these · Esc leave it.").format(
                last=max(1, len(candidates))
            )
        )
        hint.setWordWrap(True)
        self.none = QPushButton(self.tr("&None of these (N)"))
        self.none.clicked.connect(self.pick_none)
        self.pick = QPushButton(self.tr("&Pick this voter"))
        self.pick.setEnabled(bool(candidates))
        self.pick.clicked.connect(lambda: self.pick_row(self.list.currentRow()))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for button in (self.pick, self.none, cancel):
            button.setAutoDefault(False)  # Enter in the list picks; it never presses a button
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick)
        buttons.addWidget(self.none)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.resize(860, 300)
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick_row(self.list.currentRow())
                return True
            if text.isdigit() and text != "0":
                self.pick_row(int(text) - 1)
                return True
            if text.casefold() == "n":
                self.pick_none()
                return True
        return super().eventFilter(watched, event)

    def pick_row(self, row: int) -> None:
        if 0 <= row < len(self.candidates):
            self.picked = self.candidates[row].voter
            self.accept()

    def pick_none(self) -> None:
        self.picked = None
        self.accept()
