"""File → Verification…: what is verified, the blind re-keying, the discrepancy queue.

Three keyboard-only screens over ops.verification:

- the list (a lead draws sections by the rules or picks one by hand);
- :class:`BlindKeyDialog`: the section keyed again with the same entry bar as
  keying (Enter/Tab through the fields, the same completions, but only from what
  this verifier keys): the first keying never reaches it;
- :class:`QueueDialog`: one difference at a time, F7 takes the first keying's
  value, F8 the second's, or type what the paper says and press Enter.
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor, LineMark, SignatureLine
from recalldesk.core.verification import ADAPTIVE_FACTOR, ERROR_THRESHOLD
from recalldesk.ops import verification
from recalldesk.ops.base import Permission
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.errors import show_error
from recalldesk.ui.keying.line_entry import FIELDS as ENTRY_FIELDS
from recalldesk.ui.keying.line_entry import LineEntry
from recalldesk.wording import QT_TRANSLATE_NOOP, translate

REASONS = {
    "new_operator": QT_TRANSLATE_NOOP("Verify", "new volunteer"),
    "share": QT_TRANSLATE_NOOP("Verify", "drawn (share)"),
    "adaptive": QT_TRANSLATE_NOOP("Verify", "drawn (larger share: errors)"),
    "hand": QT_TRANSLATE_NOOP("Verify", "picked by hand"),
}
STATES = {
    "assigned": QT_TRANSLATE_NOOP("Verify", "to key again"),
    "keying": QT_TRANSLATE_NOOP("Verify", "being keyed again"),
    "differences": QT_TRANSLATE_NOOP("Verify", "differences to settle"),
    "verified": QT_TRANSLATE_NOOP("Verify", "verified"),
    "lost": QT_TRANSLATE_NOOP("Verify", "no longer verified"),
}
FIELD_LABELS = {name: label.replace("&", "") for name, label, _a, _s in ENTRY_FIELDS}
FIELD_LABELS["mark"] = QT_TRANSLATE_NOOP("Verify", "Mark (blank, struck, illegible)")


class VerifyWindow(QDialog):
    """Signals: ``changed(object)`` with an operation's Changes."""

    changed = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor = ws, actor
        self.setWindowTitle(self.tr("Verification"))
        self.setMinimumSize(760, 440)
        leads = ws.may(actor, Permission.ASSIGN_VERIFICATION)
        found = verification.rules(ws)
        self.share = QDoubleSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setValue(found.share * 100)
        self.share.setAccessibleName(self.tr("Share of each operator's sections verified"))
        self.new = QSpinBox()
        self.new.setRange(0, 100)
        self.new.setValue(found.new_sections)
        self.new.setAccessibleName(self.tr("A new volunteer's first sections, all verified"))
        for box in (self.share, self.new):
            box.setEnabled(leads)
        rule = QLabel(
            self.tr(
                "Every one of a new volunteer's first sections is verified, and a share of "
                "everyone's others, drawn at random (the draw's number repeats it). Someone "
                "whose errors pass {limit} per 1,000 fields has {factor}× the share."
            ).format(limit=f"{ERROR_THRESHOLD:g}", factor=f"{ADAPTIVE_FACTOR:g}")
        )
        rule.setWordWrap(True)
        share_label = QLabel(self.tr("S&hare:"))
        share_label.setBuddy(self.share)
        new_label = QLabel(self.tr("New volunteer's first &sections:"))
        new_label.setBuddy(self.new)
        self.draw_button = QPushButton(self.tr("&Draw sections to verify"))
        self.pick = QPushButton(self.tr("&Pick a section…"))
        self.rekey = QPushButton(self.tr("&Key it again (blind)…"))
        self.settle = QPushButton(self.tr("S&ettle its differences…"))
        for button in (self.draw_button, self.pick, self.settle):
            button.setEnabled(leads)  # settling changes the lines: a lead's, with the paper
        for button in (self.draw_button, self.pick, self.rekey, self.settle):
            # Enter on the list opens the row's next step; a default button would take the
            # same Enter too, and open it twice (found in a real window).
            button.setAutoDefault(False)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Section"), self.tr("Keyed by"), self.tr("Why"),
                                    self.tr("State"), self.tr("Verifier"),
                                    self.tr("Open differences")])  # fmt: skip
        self.table.setAccessibleName(self.tr("Sections to verify"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        rules_row = QHBoxLayout()
        for widget in (share_label, self.share, new_label, self.new, self.draw_button, self.pick):
            rules_row.addWidget(widget)
        rules_row.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.rekey)
        actions.addWidget(self.settle)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addLayout(rules_row)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        self.draw_button.clicked.connect(self.draw)
        self.pick.clicked.connect(self.pick_section)
        self.rekey.clicked.connect(self.key_again)
        self.settle.clicked.connect(self.open_queue)
        self.table.itemActivated.connect(lambda _i, _c: self._default_action())
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        current = self.selected()
        self.table.clear()
        for v in verification.verifications(self.ws):
            state = translate("Verify", STATES.get(v.status, v.status))
            if v.status == "lost":
                state = _lost(state, v.lost_reason)
            item = QTreeWidgetItem([
                v.serial, v.first_operator or "—", translate("Verify", REASONS.get(v.reason, "")),
                state, v.verifier or "—", str(v.open_differences) if v.open_differences else "",
            ])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, v)
            self.table.addTopLevelItem(item)
            if current is not None and v.id == current.id:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        for column in range(6):
            self.table.resizeColumnToContents(column)

    def selected(self) -> verification.Verification | None:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _default_action(self) -> None:
        found = self.selected()
        if found is not None and found.status == "differences" and self.settle.isEnabled():
            self.open_queue()
        elif found is not None and found.status in verification.OPEN:
            self.key_again()

    def draw(self) -> None:
        try:
            verification.set_rules(self.ws, self.actor, self.share.value() / 100,
                                   self.new.value())  # fmt: skip
            drawn = verification.draw(self.ws, self.actor).value
        except MessageError as error:
            show_error(self, error)
            return
        self.note.setText(
            self.tr("Drew {n} section(s) to verify (draw number {seed}).").format(
                n=len(drawn.assigned), seed=drawn.seed
            )
        )
        self.refresh()

    def pick_section(self) -> None:
        asked = self.tr("&Serial number of a closed section:")
        serial, ok = QInputDialog.getText(self, self.tr("Pick a section"), asked)
        if not ok or not serial.strip():
            return
        try:
            verification.assign(self.ws, self.actor, serial)
        except MessageError as error:
            show_error(self, error)
            return
        self.refresh()

    def key_again(self) -> None:
        found = self.selected()
        if found is None:
            return
        try:
            session = verification.BlindSession(self.ws, self.actor, found.id)
        except MessageError as error:
            show_error(self, error)
            return
        BlindKeyDialog(session, self).exec()
        self.refresh()

    def open_queue(self) -> None:
        found = self.selected()
        if found is None or found.status != "differences":
            self.note.setText(self.tr("Choose a section with differences to settle."))
            return
        QueueDialog(self.ws, self.actor, found.id, self).exec()
        self.changed.emit(None)
        self.refresh()


def _lost(state: str, reason: str) -> str:
    """ "no longer verified: line 5 changed by Tom Nguyen, 11/30/26 14:02"."""
    try:
        found = json.loads(reason)
        when = datetime.fromisoformat(str(found["at"]).replace("Z", "+00:00")).astimezone()
    except (ValueError, KeyError, TypeError):
        return state
    said = translate("Verify", "{state}: line {line} changed by {name}, {when}")
    return said.format(state=state, line=found.get("line", "?"), name=found.get("by", "?"),
                       when=when.strftime("%x %H:%M"))  # fmt: skip


class BlindKeyDialog(QDialog):
    """The section keyed again from the paper; nothing of the first keying shows."""

    def __init__(self, session: verification.BlindSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_status = ""  # the verification's state once compared
        self.setWindowTitle(self.tr("Key section {serial} again").format(serial=session.serial))
        self.setMinimumWidth(900)
        intro = QLabel(
            self.tr(
                "Section {serial}, {declared} lines declared. Key every line from the paper, "
                "as when keying (Ctrl+B blank, Ctrl+K struck); you do not see the first keying. "
                "Ctrl+Return compares."
            ).format(serial=session.serial, declared=session.declared)
        )
        intro.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Lines keyed again"))
        self.entry = LineEntry(session.ws.zips)
        self.finish_button = QPushButton(self.tr("&Finish and compare"))
        self.finish_button.clicked.connect(self.finish)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.finish)
        # A blank or struck line in one step, as when keying (Ctrl+B / Ctrl+K).
        marks = {"Ctrl+B": LineMark.BLANK, "Ctrl+K": LineMark.STRUCK}
        for chord, mark in marks.items():
            QShortcut(QKeySequence(chord), self, lambda mark=mark: self.save(
                SignatureLine(self.entry.number, signature_present=False, mark=mark)))  # fmt: skip
        self.entry.pass_through = set(marks)
        self.entry.submitted.connect(self.save)
        self.entry.navigate.connect(self.go)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.lines)
        layout.addWidget(self.entry)
        layout.addWidget(self.finish_button)
        saved = session.saved()
        for line in saved.values():
            self.entry.remember(line)
        self.refresh_list(saved)
        self.go_to(saved, _next_free(saved, 1))

    def refresh_list(self, saved: dict[int, SignatureLine]) -> None:
        self.lines.clear()
        for number in range(1, self.session.row_count(saved) + 1):
            own = saved.get(number)  # the verifier's own keying, never the first
            if own is None:
                self.lines.addItem(self.tr("· Line {line}").format(line=number))
                continue
            said = f"{own.first_name} {own.last_name}, {own.street_number} {own.street_name}"
            self.lines.addItem(self.tr("✓ Line {line}: {what}").format(line=number, what=said))

    def go_to(
        self, saved: dict[int, SignatureLine], number: int, carry: SignatureLine | None = None
    ) -> None:
        self.entry.load(number, saved.get(number), carry)
        self.lines.setCurrentRow(number - 1)

    def go(self, step: int) -> None:
        self.go_to(self.session.saved(), max(1, self.entry.number + step))

    def save(self, line: SignatureLine) -> None:
        try:
            self.session.save(line)
        except MessageError as error:
            show_error(self, error)
            return
        self.entry.remember(line)
        saved = self.session.saved()
        self.refresh_list(saved)
        self.go_to(saved, _next_free(saved, line.line_number + 1), carry=line)

    def finish(self) -> None:
        try:
            done = self.session.finish().value
        except MessageError as error:
            show_error(self, error)
            return
        self.result_status = done.status
        self.accept()


def _next_free(saved: dict[int, SignatureLine], start: int) -> int:
    number = start
    while number in saved:
        number += 1
    return number


class QueueDialog(QDialog):
    """One difference at a time: F7 the first keying, F8 the second, or type and Enter."""

    def __init__(
        self, ws: Workspace, actor: Actor, verification_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.actor, self.verification_id = ws, actor, verification_id
        found = next((v for v in verification.verifications(ws) if v.id == verification_id), None)
        self.setWindowTitle(
            self.tr("Settle the differences of section {serial}").format(
                serial=found.serial if found else ""
            )
        )
        self.setMinimumWidth(560)
        self.where = QLabel()
        self.where.setAccessibleName(self.tr("Line and field"))
        self.first = QLabel()
        self.first.setAccessibleName(self.tr("The first keying's value"))
        self.second = QLabel()
        self.second.setAccessibleName(self.tr("The second keying's value"))
        for label in (self.first, self.second):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("What the paper says"))
        self.typed.setPlaceholderText(self.tr("or type what the paper says, then Enter"))
        self.take_first = QPushButton(self.tr("The first (F7)"))
        self.take_second = QPushButton(self.tr("The second (F8)"))
        self.progress = QLabel()
        hint = QLabel(self.tr("Shift+F7 / Shift+F8: the first or the second for the whole line."))
        hint.setWordWrap(True)
        self.take_first.clicked.connect(lambda: self.choose("first"))
        self.take_second.clicked.connect(lambda: self.choose("second"))
        self.typed.returnPressed.connect(lambda: self.choose("typed"))
        QShortcut(QKeySequence("F7"), self, lambda: self.choose("first"))
        QShortcut(QKeySequence("F8"), self, lambda: self.choose("second"))
        QShortcut(QKeySequence("Shift+F7"), self, lambda: self.choose_line("first"))
        QShortcut(QKeySequence("Shift+F8"), self, lambda: self.choose_line("second"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_first)
        buttons.addWidget(self.take_second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addLayout(buttons)
        layout.addWidget(self.typed)
        layout.addWidget(self.progress)
        layout.addWidget(hint)
        self.current: verification.Discrepancy | None = None
        self.show_next()

    def _open(self) -> list[verification.Discrepancy]:
        return [d for d in verification.queue(self.ws, self.verification_id) if not d.chosen]

    def show_next(self) -> None:
        left = self._open()
        if not left:
            self.current = None
            self.accept()
            return
        d = self.current = left[0]
        field = translate("LineEntry", FIELD_LABELS.get(d.field, d.field))
        if d.field == "mark":
            field = translate("Verify", FIELD_LABELS["mark"])
        where = self.tr("<b>Line {line}</b> · {field}")
        self.where.setText(where.format(line=d.line_number, field=field))
        self.first.setText(self.tr("First keying: {value}").format(value=d.first_value or "—"))
        self.second.setText(self.tr("Second keying: {value}").format(value=d.second_value or "—"))
        self.typed.clear()
        self.typed.setFocus()
        self.progress.setText(self.tr("%n difference(s) left", "", len(left)))

    def choose_line(self, choice: str) -> None:
        if self.current is None:
            return
        try:
            verification.settle_line(self.ws, self.actor, self.verification_id,
                                     self.current.line_number, choice)  # fmt: skip
        except MessageError as error:
            show_error(self, error)
            return
        self.show_next()

    def choose(self, choice: str) -> None:
        if self.current is None:
            return
        if choice == "typed" and not self.typed.text().strip() and self.current.field != "mark":
            return
        try:
            verification.settle(self.ws, self.actor, self.current.id, choice, self.typed.text())
        except MessageError as error:
            show_error(self, error)
            return
        self.show_next()
