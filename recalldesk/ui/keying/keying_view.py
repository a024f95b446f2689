"""The keying view: section header, the numbered grid, the entry bar, findings.

A thin shell over :class:`recalldesk.ops.keying.KeyingSession`: every save,
mark, edit and undo is an operation; this widget only shows the result and
moves the volunteer to the next line. When an operation fails (a locked
database, a full disk) the volunteer is told why and what to do, and the
line being typed stays in the entry bar to be saved again.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor, LineMark, SignatureLine
from recalldesk.core.rules import RULES, Finding, Severity, outline
from recalldesk.core.zipdata import CountyStatus
from recalldesk.ops import keying
from recalldesk.ops.base import Done
from recalldesk.ops.keying import KeyingSession, TotalsMismatch
from recalldesk.ops.queries import StoredLine, central_duplicates
from recalldesk.ops.undo import Step, UndoHistory
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.dates import format_date
from recalldesk.ui.errors import show_error
from recalldesk.ui.keying.close_dialog import CloseSectionDialog
from recalldesk.ui.keying.line_entry import LineEntry
from recalldesk.ui.keying.line_model import SectionLinesModel
from recalldesk.ui.keying.tint_delegate import TintDelegate
from recalldesk.ui.words import status_word
from recalldesk.wording import say
from recalldesk.wording.say import finding_text
from recalldesk.wording.voters import say_status

T = TypeVar("T")
# Starting width of each grid column, in characters (Problems stretches).
COLUMN_CHARS = (4, 13, 18, 18, 5, 5, 12)


def _section_flag() -> str:
    return f"color: {color('error')}; font-weight: bold;"


def _read_only() -> str:
    return f"background: {color('note_bg')}; color: {color('note_fg')}; padding: 4px;"


def _editing() -> str:
    ink = f"color: {color('accent_fg')}; font-weight: bold; padding: 4px;"
    return f"background: {color('accent')}; {ink}"


def finding_html(findings: tuple[Finding, ...]) -> str:
    items = []
    for finding in findings:
        rule = RULES.get(finding.code)
        error = rule is not None and rule.severity is Severity.ERROR
        ink = color("error" if error else "warning")
        word = (
            QCoreApplication.translate("KeyingView", "Invalid")
            if error
            else QCoreApplication.translate("KeyingView", "Check")
        )
        basis = f" <i>({html.escape(rule.basis)})</i>" if rule else ""
        text = html.escape(finding_text(finding.code, finding.params))
        items.append(f'<li><b style="color:{ink}">{word}:</b> {text}{basis}</li>')
    return f"<ul style='margin:0'>{''.join(items)}</ul>" if items else ""


class KeyingView(QWidget):
    """Signals: ``saved(object)`` after each saved line (a StoredLine);
    ``changed(object)`` with the Changes of every operation; ``closed()``;
    ``failed(object)`` with the exception when an operation did not go through."""

    saved = Signal(object)
    changed = Signal(object)
    closed = Signal()
    failed = Signal(object)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        history: UndoHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.actor, self.history = ws, actor, history
        self.session: KeyingSession | None = None
        self._central_notes: dict[int, str] = {}  # central's decisions, read at opening
        self.header = QLabel()
        self.header.setAccessibleName(self.tr("Section being keyed"))
        self.header.setWordWrap(True)
        self.read_only = QLabel()
        self.read_only.setStyleSheet(_read_only())
        self.read_only.setWordWrap(True)
        self.read_only.setAccessibleName(self.tr("Read-only section"))
        self.read_only.hide()
        self.section_flag = QLabel()
        self.section_flag.setStyleSheet(_section_flag())
        self.section_flag.setWordWrap(True)
        self.section_flag.setAccessibleName(self.tr("Section problems"))
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Control totals"))
        self.model = SectionLinesModel()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # arrows move in the grid; Tab goes on
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lines of the section"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(TintDelegate(self.table))
        header = self.table.horizontalHeader()
        # Fixed starting widths, not ResizeToContents: measuring every cell after each
        # saved line cost ~15 ms at 20 lines a section, and data columns got squeezed.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        chars = self.table.fontMetrics().horizontalAdvance("M")
        for column, width in enumerate(COLUMN_CHARS):
            self.table.setColumnWidth(column, width * chars)
        self.table.activated.connect(lambda index: self.go_to(index.row() + 1))
        self.entry = LineEntry(ws.zips)
        self.entry.submitted.connect(self.accept_line)
        self.entry.navigate.connect(lambda step: self.go_to(self.entry.number + step))
        self.entry.leave.connect(self._leave_line)
        self.editing = QLabel()
        self.editing.setStyleSheet(_editing())
        self.editing.setAccessibleName(self.tr("Editing a saved line"))
        self.editing.hide()
        self.saved_marker = QLabel()
        self.saved_marker.setAccessibleName(self.tr("Save state"))
        self.findings = QLabel()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("Problems found on the last saved line"))
        self.findings.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.read_only)
        layout.addWidget(self.section_flag)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editing)
        layout.addWidget(self.entry)
        layout.addWidget(self.saved_marker)
        layout.addWidget(self.findings)

    # ----- opening ----------------------------------------------------------------------

    def open_section(self, section_id: int, line_number: int | None = None) -> None:
        self.session = KeyingSession(self.ws, self.actor, section_id, self.history)
        self._central_notes = self._central(self.session.section.section.serial)
        saved = self.session.saved_lines()
        for stored in saved:
            self.entry.remember(stored.line)
        self._refresh(saved)
        self.findings.clear()
        self.saved_marker.setText("")
        editable = self.session.editable
        self.entry.setEnabled(editable)
        self.read_only.setVisible(not editable)
        if not editable:
            section = self.session.section
            self.read_only.setText(
                self.tr(
                    "Section {serial} belongs to office {office}: the central office sees it "
                    "read-only. Its lines change only at that office."
                ).format(serial=section.section.serial, office=section.origin_office)
            )
        elif self.session.closed:
            # Opened for review: the first line, not "Line 29" waiting for a signer.
            self.read_only.setVisible(True)
            self.read_only.setText(
                self.tr(
                    "Section {serial} is closed ({status}). Review its lines with Ctrl+↑/↓ or "
                    "the grid; saving a change opens the section again (you will be asked)."
                ).format(
                    serial=self.session.section.section.serial,
                    status=status_word(self.session.section.section.status),
                )
            )
            self.go_to(line_number or 1)
            return
        self.go_to(line_number or self.session.resume_at(saved))

    def _refresh(self, saved: list[StoredLine] | None = None, *, reload: bool = True) -> None:
        """Redraw header, grid and totals; ``reload=False`` keeps the section header read
        (a saved line changes the section only when the operation says so)."""
        assert self.session is not None
        stored = self.session.reload_section() if reload else self.session.section
        section = stored.section
        dates = " – ".join(
            format_date(d) or "?" for d in (section.circulated_from, section.circulated_to)
        )
        self.header.setText(
            self.tr(
                "<b>Section {serial}</b> · circulator {circulator} · {declared} lines declared "
                "· circulated {dates} · status {status}"
            ).format(
                serial=html.escape(section.serial),
                circulator=html.escape(stored.circulator_name or self.tr("not recorded")),
                declared=section.declared_lines,
                dates=dates,
                status=status_word(section.status),
            )
        )
        self.section_flag.setText(
            " ".join(f"⚠ {finding_text(f.code, f.params)}" for f in stored.findings)
        )
        self.section_flag.setVisible(bool(stored.findings))
        saved = self.session.saved_lines() if saved is None else saved
        self.model.set_lines(
            self.session.row_count(saved), saved, self._central_notes, void=stored.voided
        )
        keyed, declared = self.session.totals(saved)
        state = self.tr("match") if keyed == declared else self.tr("differ")
        self.totals.setText(
            self.tr("Control totals: {keyed} keyed of {declared} declared ({state})").format(
                keyed=keyed, declared=declared, state=state
            )
        )

    def _central(self, serial: str) -> dict[int, str]:
        """Central's decisions about this section's lines, from the last digest imported."""
        return {
            number: self.tr("Central: same signer as {office} section {serial} line {line}").format(
                office=d.other_office, serial=d.other_serial, line=d.other_line_number
            )
            for number, d in central_duplicates(self.ws, serial).items()
        }

    def next_unkeyed(self, after: int) -> int:
        """The first line after ``after`` with nothing saved; else the first gap before it."""
        number = after + 1
        while self.model.saved(number) is not None:
            number += 1
        if number > self.model.rowCount():
            gap = next((n for n in range(1, after + 1) if self.model.saved(n) is None), None)
            if gap is not None:
                return gap
        return number

    def go_to(self, number: int) -> None:
        """Load line ``number``: a fresh line to key, or a saved one to edit (said plainly)."""
        if self.session is None or number < 1:
            return
        saved = self.model.saved(number)
        carry = self._last_address(number)
        self.entry.load(number, saved.line if saved else None, carry)
        if saved is not None:
            shown = outline(saved.line.problems)
            self.entry.show_findings(
                {
                    field: (str(severity), "\n".join(finding_text(c, {}) for c in codes))
                    for field, (severity, codes) in shown.items()
                }
            )
            if self.session.closed:
                self.editing.setText(
                    self.tr("Reviewing line {line} of a closed section").format(line=number)
                )
            else:
                self.editing.setText(
                    self.tr("Editing saved line {line} — Esc to go back to line {back}").format(
                        line=number, back=self.next_unkeyed(number)
                    )
                )
        self.editing.setVisible(saved is not None and self.session.editable)
        if number <= self.model.rowCount():
            self.table.selectRow(number - 1)
        self.entry.fields["first_name"].setFocus()

    def _last_address(self, number: int) -> SignatureLine | None:
        """The address to carry to line ``number``: the last signer's above it, in the county.

        Blank and struck lines carry nothing, and neither does a ZIP outside the
        county (the next signer is not likely to share a stray address).
        """
        for row in range(number - 1, 0, -1):
            stored = self.model.saved(row)
            if stored is None or stored.line.mark in (LineMark.BLANK, LineMark.STRUCK):
                continue
            if not stored.line.zip_code:
                continue
            if self.ws.zips.county_status(stored.line.zip_code) is CountyStatus.OUT:
                continue
            return stored.line
        return None

    # ----- saving -----------------------------------------------------------------------

    def _attempt(self, work: Callable[[], Done[T]]) -> Done[T] | None:
        """Run an operation; on failure say why and leave the entry bar as it is."""
        try:
            return work()
        except MessageError as error:
            self._failed(error)
            return None

    def _failed(self, error: BaseException) -> None:
        focused = self.focusWidget()
        self.saved_marker.setText(self.tr("✗ Not saved: the line is still in the entry bar"))
        self.failed.emit(error)
        show_error(self, error)
        if focused is not None:
            focused.setFocus()  # back to the field the volunteer was in

    def _leave_line(self) -> None:
        """Esc on a saved line: back to keying (or, on a closed section, the line as saved)."""
        if self.session is not None and self.session.closed:
            self.go_to(self.entry.number)
        else:
            self.go_to(self.next_unkeyed(self.entry.number))

    def _reopen_allowed(self) -> bool:
        """Changing a line of a closed section opens it again: ask first."""
        session = self.session
        if session is None or not session.closed:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Open the section again?"),
            self.tr(
                "Section {serial} is closed ({status}). Saving this change opens it again for "
                "keying; it must then be closed again. Save the change?"
            ).format(
                serial=session.section.section.serial,
                status=status_word(session.section.section.status),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.go_to(self.entry.number)  # the line as saved
            return False
        return True

    def accept_line(self, line: SignatureLine) -> StoredLine | None:
        session = self.session
        if session is None or not self._reopen_allowed():
            return None
        done = self._attempt(lambda: session.save(line))
        if done is None:
            return None
        self._after_save(done)
        return done.value

    def mark_line(self, mark: LineMark) -> StoredLine | None:
        session = self.session
        if session is None or not self._reopen_allowed():
            return None
        number = self.entry.number
        done = self._attempt(lambda: session.mark(number, mark))
        if done is None:
            return None
        self._after_save(done)
        return done.value

    def _after_save(self, done: Done[StoredLine]) -> None:
        stored = done.value
        self.entry.remember(stored.line)
        self._refresh(reload=done.changes.section_list or self.session is None)
        if done.changes.section_list:  # reopened: back to keying, no longer a review
            self.read_only.setVisible(False)
        number = stored.line.line_number
        if self.session is not None and self.session.section.voided:
            self.saved_marker.setText(
                self.tr("Line {line} saved — but its section is void or at risk").format(
                    line=number
                )
            )
        else:
            self.saved_marker.setText(self.tr("✓ Line {line} saved").format(line=number))
        notes = " ".join(say(note) for note in done.notes)
        extra = f"<p>{html.escape(notes)}</p>" if notes else ""
        checked = self.session.voter_check(stored.line) if self.session is not None else None
        if checked is not None:
            extra += (
                "<p>"
                + html.escape(
                    self.tr("Voter file: {status}").format(status=say_status(checked.status))
                )
                + "</p>"
            )
        self.findings.setText(finding_html(stored.findings) + extra)
        self.saved.emit(stored)
        self.changed.emit(done.changes)
        self.go_to(self.next_unkeyed(number))
        if stored.findings:
            # Keep the outline on the fields of the line just saved visible in its row.
            self.table.scrollTo(self.model.index(number - 1, 0))

    # ----- undo, close --------------------------------------------------------------------

    def undo(self) -> None:
        if self.history.can_undo():
            done = self._attempt(lambda: keying.undo(self.ws, self.actor, self.history))
            if done is not None:
                self._after_history(done, undone=True)

    def redo(self) -> None:
        if self.history.can_redo():
            done = self._attempt(lambda: keying.redo(self.ws, self.actor, self.history))
            if done is not None:
                self._after_history(done, undone=False)

    def _after_history(self, done: Done[Step], *, undone: bool) -> None:
        step = done.value
        if self.session is None or self.session.section_id != step.section_id:
            self.open_section(step.section_id)
        else:
            self._refresh()
        # Back to keying: the undone line if it is unkeyed again, else the next unkeyed one.
        self.go_to(self.next_unkeyed(step.line_number - 1))
        text = (self.tr("↶ Undone: {what}") if undone else self.tr("↷ Redone: {what}")).format(
            what=say(step.label)
        )
        notes = " ".join(say(note) for note in done.notes)
        self.saved_marker.setText(f"{text} {notes}".strip())
        self.changed.emit(done.changes)

    def close_section(self) -> bool:
        """Close the section as keyed; asks for a reason when control totals differ."""
        session = self.session
        if session is None:
            return False
        try:
            done = session.close()
        except TotalsMismatch as mismatch:
            dialog = CloseSectionDialog(say(mismatch.message), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            reason = dialog.reason
            attempted = self._attempt(lambda: session.close(reason))
            if attempted is None:
                return False
            done = attempted
        except MessageError as error:
            self._failed(error)
            return False
        self._refresh()
        self.changed.emit(done.changes)
        self.closed.emit()
        return True
