"""Log a section as it arrives: serial, circulator, declared lines, dates, declaration.

Scanner-friendly: a barcode scanner types the serial and presses Enter, which
moves to the next field like every other Enter here. An incomplete
declaration is shown in red with its reason as the form is filled, and saved
with the section (flagged, never silently accepted, never refused).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.records import Campaign, Circulator, Section
from recalldesk.core.rules import validate_section
from recalldesk.store import people, sections
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database
from recalldesk.store.errors import StorageError
from recalldesk.store.sections import StoredSection
from recalldesk.ui.dates import format_date, parse_date


class IntakeDialog(QDialog):
    """After ``exec()`` returns Accepted, :attr:`saved` holds the logged section."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        campaign: Campaign,
        office_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Log a petition section")
        self.db, self.actor, self.campaign, self.office_id = db, actor, campaign, office_id
        self.saved: StoredSection | None = None
        self._circulators = {c.value.name: c.id for c in people.find_circulators(db, "", 100_000)}

        self.serial = self._line("Serial number (scan or type)")
        self.circulator = self._line("Circulator's name")
        completer = QCompleter(QStringListModel(sorted(self._circulators)), self.circulator)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.circulator.setCompleter(completer)
        self.circulator.textChanged.connect(self._circulator_changed)
        self.new_circulator = QLabel()
        self.circ_address = self._line("New circulator's street address")
        self.circ_city = self._line("New circulator's city")
        self.circ_zip = self._line("New circulator's ZIP")
        self.declared = QSpinBox()
        self.declared.setRange(0, 500)
        self.declared.setAccessibleName("Number of lines declared on the section")
        self.declared.installEventFilter(self)
        self.started = self._line("Circulation start date")
        self.ended = self._line("Circulation end date")
        self.signed = self._check("Declaration &signed by the circulator")
        self.dated = self._check("Declaration &dated")
        self.place = self._check("&Place of signing given")
        self.received = self._line("Date received")
        self.received.setText(format_date(date.today()))
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Problems with this section")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Se&rial number:", self.serial)
        form.addRow("&Circulator:", self.circulator)
        form.addRow("", self.new_circulator)
        self._new_rows = [
            ("Circulator's &address:", self.circ_address),
            ("Circulator's cit&y:", self.circ_city),
            ("Circulator's &ZIP:", self.circ_zip),
        ]
        for label, widget in self._new_rows:
            form.addRow(label, widget)
        form.addRow("&Lines declared:", self.declared)
        form.addRow("Circulated &from (m/d/yy):", self.started)
        form.addRow("Circulated &to (m/d/yy):", self.ended)
        form.addRow("", self.signed)
        form.addRow("", self.dated)
        form.addRow("", self.place)
        form.addRow("R&eceived (m/d/yy):", self.received)
        self._form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(640)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for edit in (self.started, self.ended, self.received, self.serial):
            edit.textChanged.connect(self._check_section)
        self.declared.valueChanged.connect(self._check_section)
        self._circulator_changed("")
        self._check_section()
        self.serial.setFocus()

    def _line(self, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.installEventFilter(self)
        return edit

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", ""))
        box.toggled.connect(self._check_section)
        box.installEventFilter(self)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter moves on like Tab (a barcode scanner ends the serial with Enter);
        # on the last field it saves.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if watched is self.received:
                self.save()
            else:
                self.focusNextChild()
                following = self.focusWidget()
                if isinstance(following, QLineEdit):
                    following.selectAll()  # as Tab does: typing replaces what is there
            return True
        return False

    def _circulator_changed(self, text: str) -> None:
        is_new = bool(text.strip()) and text.strip() not in self._circulators
        self.new_circulator.setText("New circulator: add their residence address" if is_new else "")
        for _label, widget in self._new_rows:
            widget.setVisible(is_new)
            self._form.labelForField(widget).setVisible(is_new)

    def section(self) -> Section:
        return Section(
            serial=self.serial.text().strip(),
            declared_lines=self.declared.value(),
            circulated_from=parse_date(self.started.text()),
            circulated_to=parse_date(self.ended.text()),
            declaration_signed=self.signed.isChecked(),
            declaration_dated=self.dated.isChecked(),
            declaration_place=self.place.isChecked(),
            received_on=parse_date(self.received.text()),
        )

    def _bad_dates(self) -> list[QLineEdit]:
        return [
            edit
            for edit in (self.started, self.ended, self.received)
            if edit.text().strip() and parse_date(edit.text()) is None
        ]

    def _check_section(self) -> None:
        findings = validate_section(self.section(), self.campaign)
        names = {self.started: "start", self.ended: "end", self.received: "received"}
        bad_dates = [names[edit] for edit in self._bad_dates()]
        text = [f"⚠ {f.text()}" for f in findings]
        if bad_dates:
            text.insert(0, f"Not a date: {', '.join(bad_dates)} (type it as m/d/yy).")
        self.problems.setText("\n".join(text))
        if self.sizeHint().height() > self.height():
            self.resize(self.width(), self.sizeHint().height())  # grow so no message is cut

    def save(self) -> None:
        section = self.section()
        if not section.serial:
            self._fail("Type or scan the section's serial number.", self.serial)
            return
        if section.declared_lines < 1:
            self._fail("Enter the number of lines declared on the section.", self.declared)
            return
        bad = self._bad_dates()
        if bad:
            self._fail(f"“{bad[0].text()}” is not a date: type it as m/d/yy.", bad[0])
            return
        try:
            circulator_id = self._circulator_id()
            self.saved = sections.add_section(
                self.db, self.actor, self.campaign, section, self.office_id, circulator_id
            )
        except sections.DuplicateSerialError as error:
            self._fail(error.message, self.serial)
            return
        except StorageError as error:
            QMessageBox.warning(self, error.title, error.message)
            return
        self.accept()

    def _circulator_id(self) -> int | None:
        name = self.circulator.text().strip()
        if not name:
            return None
        if name in self._circulators:
            return self._circulators[name]
        stored = people.add_circulator(
            self.db,
            self.actor,
            Circulator(name, self.circ_address.text(), self.circ_city.text(), self.circ_zip.text()),
        )
        self._circulators[name] = stored.id
        return stored.id

    def _fail(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        widget.setFocus()
