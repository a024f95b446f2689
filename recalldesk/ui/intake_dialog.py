"""Log a section as it arrives: serial, circulator, declared lines, dates, declaration.

Scanner-friendly: a barcode scanner types the serial and presses Enter, which
moves to the next field like every other Enter here. An incomplete
declaration is shown in red with its reason as the form is filled, and saved
with the section (flagged, never silently accepted, never refused).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
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

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor, Circulator, Section
from recalldesk.core.rules import validate_section
from recalldesk.ops import intake, people
from recalldesk.ops.queries import StoredSection
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.circulator_field import CirculatorField
from recalldesk.ui.dates import date_hint, format_date, parse_date
from recalldesk.ui.errors import show_error
from recalldesk.wording import say
from recalldesk.wording.say import finding_text


class IntakeDialog(QDialog):
    """After ``exec()`` returns Accepted, :attr:`saved` holds the logged section."""

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a petition section"))
        self.ws, self.actor = ws, actor
        self.campaign = ws.require_campaign()
        self.saved: StoredSection | None = None
        self.serial = self._line(self.tr("Serial number (scan or type)"))
        self.circulator = CirculatorField(ws)
        self.circulator.setAccessibleName(self.tr("Circulator's name"))
        self.circulator.installEventFilter(self)
        self.circulator.textChanged.connect(self._circulator_changed)
        self.new_circulator = QLabel()
        self.circ_address = self._line(self.tr("New circulator's street address"))
        self.circ_city = self._line(self.tr("New circulator's city"))
        self.circ_zip = self._line(self.tr("New circulator's ZIP"))
        self.declared = QSpinBox()
        self.declared.setRange(0, intake.MAX_DECLARED)
        self.declared.setAccessibleName(self.tr("Number of lines declared on the section"))
        self.declared.installEventFilter(self)
        self.started = self._line(self.tr("Circulation start date"))
        self.ended = self._line(self.tr("Circulation end date"))
        self.signed = self._check(self.tr("Declaration &signed by the circulator"))
        self.dated = self._check(self.tr("Declaration &dated"))
        self.place = self._check(self.tr("&Place of signing given"))
        self.received = self._line(self.tr("Date received"))
        self.received.setText(format_date(date.today()))
        hint = date_hint()
        described = (
            (self.serial, self.tr("As printed on the section. A scanner's Enter moves on.")),
            (self.circulator, self.tr("As on the circulator's declaration: type a few letters "
                                      "to pick one already known, or a new name.")),
            (self.declared, self.tr("The number of signature lines the section declares.")),
            (self.started, self.tr("The first day of circulation, typed {hint}.").format(
                hint=hint)),
            (self.ended, self.tr("The last day of circulation, typed {hint}.").format(hint=hint)),
            (self.received, self.tr("The day the section reached this office, typed {hint}.")
             .format(hint=hint)),
        )  # fmt: skip
        for field, description in described:
            field.setAccessibleDescription(description)
        for box in (self.signed, self.dated, self.place):
            box.setAccessibleDescription(
                self.tr("Check it when the circulator's declaration on the paper has it.")
            )
        for field in (self.circ_address, self.circ_city, self.circ_zip):
            field.setAccessibleDescription(
                self.tr("Asked only for a circulator not known yet, as on the declaration.")
            )
        self.problems = QLabel()
        self.problems.setStyleSheet(f"color: {color('error')}; font-weight: bold;")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems with this section"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')};")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Se&rial number:"), self.serial)
        form.addRow(self.tr("&Circulator:"), self.circulator)
        form.addRow("", self.new_circulator)
        self._new_rows = [
            (self.tr("Circulator's &address:"), self.circ_address),
            (self.tr("Circulator's cit&y:"), self.circ_city),
            (self.tr("Circulator's &ZIP:"), self.circ_zip),
        ]
        for label, widget in self._new_rows:
            form.addRow(label, widget)
        form.addRow(self.tr("&Lines declared:"), self.declared)
        hint = date_hint()
        form.addRow(self.tr("Circulated &from ({hint}):").format(hint=hint), self.started)
        form.addRow(self.tr("Circulated &to ({hint}):").format(hint=hint), self.ended)
        form.addRow("", self.signed)
        form.addRow("", self.dated)
        form.addRow("", self.place)
        form.addRow(self.tr("R&eceived ({hint}):").format(hint=hint), self.received)
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
            elif watched is self.serial and intake.find_serial(self.ws, self.serial.text()):
                # Said at once, not after every field is filled: the section is logged.
                self._fail(
                    self.tr(
                        "Section {serial} is already logged: open it from the section list "
                        "(Ctrl+2), or check the serial."
                    ).format(serial=self.serial.text().strip()),
                    self.serial,
                )
                self.serial.selectAll()
            else:
                self.focusNextChild()
                following = self.focusWidget()
                if isinstance(following, QLineEdit):
                    following.selectAll()  # as Tab does: typing replaces what is there
            return True
        return False

    def _circulator_changed(self, text: str) -> None:
        is_new = bool(text.strip()) and self.circulator.chosen() is None
        self.new_circulator.setText(
            self.tr("New circulator: add their residence address") if is_new else ""
        )
        # Hide whole rows: a hidden field alone still leaves its row's spacing.
        for widget in [self.new_circulator] + [w for _label, w in self._new_rows]:
            self._form.setRowVisible(widget, is_new)

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
        names = {
            self.started: self.tr("start"),
            self.ended: self.tr("end"),
            self.received: self.tr("received"),
        }
        bad_dates = [names[edit] for edit in self._bad_dates()]
        text = [f"⚠ {finding_text(f.code, f.params)}" for f in findings]
        existing = intake.find_serial(self.ws, self.serial.text())
        if existing is not None:
            text.insert(
                0,
                self.tr(
                    "Section {serial} is already logged (office {office}): open it from the "
                    "section list instead."
                ).format(serial=existing.section.serial, office=existing.office_code),
            )
        if bad_dates:
            text.insert(
                0,
                self.tr("Not a date: {which} (type it as {hint}).").format(
                    which=", ".join(bad_dates), hint=date_hint()
                ),
            )
        self.problems.setText("\n".join(text))
        if self.sizeHint().height() > self.height():
            self.resize(self.width(), self.sizeHint().height())  # grow so no message is cut

    def save(self) -> None:
        section = self.section()
        if not section.serial:
            self._fail(self.tr("Type or scan the section's serial number."), self.serial)
            return
        if section.declared_lines < 1:
            self._fail(self.tr("Enter the number of lines declared on the section."), self.declared)
            return
        bad = self._bad_dates()
        if bad:
            self._fail(
                self.tr("“{text}” is not a date: type it as {hint}.").format(
                    text=bad[0].text(), hint=date_hint()
                ),
                bad[0],
            )
            return
        name = self.circulator.text().strip()
        chosen = self.circulator.chosen()
        known = chosen.id if chosen is not None else None
        if name and known is None:
            go_on, known = self._same_as_a_known_one(name)
            if not go_on:
                return
        new = (
            Circulator(name, self.circ_address.text(), self.circ_city.text(), self.circ_zip.text())
            if name and known is None
            else None
        )
        try:
            done = intake.log_section(
                self.ws, self.actor, section, circulator_id=known, new_circulator=new
            )
        except MessageError as error:
            if error.code.startswith("intake."):
                self._fail(say(error.message), self.serial)
            else:
                show_error(self, error)
            return
        self.saved = done.value
        self.accept()

    def _same_as_a_known_one(self, name: str) -> tuple[bool, int | None]:
        """Before adding a circulator, ask about one of a close name.

        Returns (go on, the known circulator's id if it is them); (False, None)
        goes back to look again.
        """
        close = people.similar_circulators(self.ws, name)
        if not close:
            return True, None
        other = close[0]
        where = ", ".join(
            p for p in (other.value.street_address, other.value.city, other.value.zip_code) if p
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("A circulator of a similar name"))
        box.setText(
            self.tr(
                "“{name}” is not a known circulator, but “{other}” ({where}) is. "
                "Is it the same person?"
            ).format(name=name, other=other.value.name, where=where or self.tr("no address"))
        )
        same = box.addButton(self.tr("&Same person"), QMessageBox.ButtonRole.YesRole)
        new = box.addButton(self.tr("&New circulator"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(same)
        box.exec()
        if box.clickedButton() is same:
            self.circulator.setText(other.value.name)
            return True, other.id
        if box.clickedButton() is new:
            return True, None
        self.circulator.setFocus()
        return False, None

    def _fail(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        widget.setFocus()
