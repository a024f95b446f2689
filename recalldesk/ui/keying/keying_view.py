"""The keying view: section header, the numbered grid, the entry bar, findings.

A thin shell over :class:`recalldesk.store.keying.KeyingSession`: every save,
mark, edit and undo goes through it; this widget only shows the result and
moves the volunteer to the next line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.records import LineMark, SignatureLine
from recalldesk.core.rules import RULES, Finding, Severity, outline
from recalldesk.core.zipdata import ZipTable
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database
from recalldesk.store.decisions import DUPLICATE
from recalldesk.store.digests import central_decisions
from recalldesk.store.keying import KeyingSession, TotalsMismatch
from recalldesk.store.lines import StoredLine
from recalldesk.store.undo import UndoHistory
from recalldesk.ui.keying.line_entry import COLORS, LineEntry
from recalldesk.ui.keying.line_model import SectionLinesModel

SECTION_FLAG = "color: #c62828; font-weight: bold;"


def finding_html(findings: tuple[Finding, ...]) -> str:
    items = []
    for finding in findings:
        rule = RULES.get(finding.code)
        color = COLORS["error" if rule and rule.severity is Severity.ERROR else "warning"]
        word = "Invalid" if rule and rule.severity is Severity.ERROR else "Check"
        basis = f" <i>({html.escape(rule.basis)})</i>" if rule else ""
        items.append(
            f'<li><b style="color:{color}">{word}:</b> {html.escape(finding.text())}{basis}</li>'
        )
    return f"<ul style='margin:0'>{''.join(items)}</ul>" if items else ""


class KeyingView(QWidget):
    """Signals: ``saved(object)`` after each saved line (a StoredLine);
    ``history_changed()`` when undo/redo availability changes; ``closed()``."""

    saved = Signal(object)
    history_changed = Signal()
    closed = Signal()

    def __init__(
        self,
        db: Database,
        zips: ZipTable,
        actor: Actor,
        history: UndoHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.zips, self.actor, self.history = db, zips, actor, history
        self.session: KeyingSession | None = None
        self.header = QLabel()
        self.header.setAccessibleName("Section being keyed")
        self.header.setWordWrap(True)
        self.section_flag = QLabel()
        self.section_flag.setStyleSheet(SECTION_FLAG)
        self.section_flag.setWordWrap(True)
        self.section_flag.setAccessibleName("Section problems")
        self.totals = QLabel()
        self.totals.setAccessibleName("Control totals")
        self.model = SectionLinesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Lines of the section")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.go_to(index.row() + 1))
        self.entry = LineEntry(zips)
        self.entry.submitted.connect(self.accept_line)
        self.entry.navigate.connect(lambda step: self.go_to(self.entry.number + step))
        self.saved_marker = QLabel()
        self.saved_marker.setAccessibleName("Save state")
        self.findings = QLabel()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName("Problems found on the last saved line")
        self.findings.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.section_flag)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.entry)
        layout.addWidget(self.saved_marker)
        layout.addWidget(self.findings)

    # ----- opening ----------------------------------------------------------------------

    def open_section(self, section_id: int, line_number: int | None = None) -> None:
        self.session = KeyingSession(self.db, self.zips, self.actor, section_id, self.history)
        for stored in self.session.saved_lines():
            self.entry.remember(stored.line)
        self._refresh()
        self.findings.clear()
        self.saved_marker.setText("")
        self.go_to(line_number or self.session.resume_at())

    def _refresh(self) -> None:
        assert self.session is not None
        stored = self.session.section
        section = stored.section
        dates = " – ".join(
            f"{d:%m/%d/%Y}" if d else "?" for d in (section.circulated_from, section.circulated_to)
        )
        self.header.setText(
            f"<b>Section {html.escape(section.serial)}</b> · circulator "
            f"{html.escape(stored.circulator_name or 'not recorded')} · "
            f"{section.declared_lines} lines declared · circulated {dates} · "
            f"status {section.status}"
        )
        self.section_flag.setText(
            " ".join(f"⚠ {f.text()}" for f in stored.findings) if stored.findings else ""
        )
        self.section_flag.setVisible(bool(stored.findings))
        saved = self.session.saved_lines()  # read once per refresh: this runs on every save
        self.model.set_lines(self.session.row_count(saved), saved, self._central(section.serial))
        keyed, declared = self.session.totals(saved)
        state = "match" if keyed == declared else "differ"
        self.totals.setText(f"Control totals: {keyed} keyed of {declared} declared ({state})")

    def _central(self, serial: str) -> dict[int, str]:
        """Central's decisions about this section's lines, from the last digest imported."""
        out: dict[int, str] = {}
        for d in central_decisions(self.db, serial=serial):
            if d.decision == DUPLICATE:
                out[d.line_number] = (
                    f"Central: same signer as {d.other_office} section {d.other_serial} "
                    f"line {d.other_line_number}"
                )
        return out

    def go_to(self, number: int) -> None:
        if self.session is None or number < 1:
            return
        saved = self.model.saved(number)
        above = self.model.saved(number - 1)
        carry = above.line if above is not None else self._last_address()
        self.entry.load(number, saved.line if saved else None, carry)
        if saved is not None:
            shown = outline(saved.line.problems)
            self.entry.show_findings({f: (str(sev), text) for f, (sev, text) in shown.items()})
        if number <= self.model.rowCount():
            self.table.selectRow(number - 1)
        self.entry.fields["first_name"].setFocus()

    def _last_address(self) -> SignatureLine | None:
        for row in range(self.entry.number - 1, 0, -1):
            stored = self.model.saved(row)
            if stored is not None and stored.line.zip_code:
                return stored.line
        return None

    # ----- saving -----------------------------------------------------------------------

    def accept_line(self, line: SignatureLine) -> StoredLine | None:
        if self.session is None:
            return None
        stored = self.session.save(line)
        self._after_save(stored)
        return stored

    def mark_line(self, mark: LineMark) -> StoredLine | None:
        if self.session is None:
            return None
        stored = self.session.mark(self.entry.number, mark)
        self._after_save(stored)
        return stored

    def _after_save(self, stored: StoredLine) -> None:
        self.entry.remember(stored.line)
        self._refresh()
        number = stored.line.line_number
        self.saved_marker.setText(f"✓ Line {number} saved")
        self.findings.setText(finding_html(stored.findings))
        self.saved.emit(stored)
        self.history_changed.emit()
        self.go_to(number + 1)
        if stored.findings:
            # Keep the outline on the fields of the line just saved visible in its row.
            self.table.scrollTo(self.model.index(number - 1, 0))

    # ----- undo, close --------------------------------------------------------------------

    def undo(self) -> None:
        if self.history.can_undo():
            step = self.history.undo(self.actor)
            self._after_history(step.section_id, step.line_number)

    def redo(self) -> None:
        if self.history.can_redo():
            step = self.history.redo(self.actor)
            self._after_history(step.section_id, step.line_number)

    def _after_history(self, section_id: int, number: int) -> None:
        if self.session is None or self.session.section_id != section_id:
            self.open_section(section_id, number)
        else:
            self._refresh()
            self.go_to(number)
        self.saved_marker.setText(f"↶ Line {number} restored from history")
        self.history_changed.emit()

    def close_section(self) -> bool:
        """Close the section as keyed; asks for a reason when control totals differ."""
        if self.session is None:
            return False
        try:
            self.session.close()
        except TotalsMismatch as mismatch:
            reason, ok = QInputDialog.getText(
                self,
                "Control totals differ",
                f"{mismatch}.\nWhy do they differ? (kept in the audit log)",
            )
            if not ok or not reason.strip():
                return False
            self.session.close(reason)
        self._refresh()
        self.closed.emit()
        return True
