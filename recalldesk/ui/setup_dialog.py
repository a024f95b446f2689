"""First start: the campaign (prefilled with the default drive), this office, the operator."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import (
    LA_COUNTY_DA_RECALL_2022,
    Actor,
    Campaign,
    FieldOffice,
    Operator,
    Role,
)
from recalldesk.ops import sign_in
from recalldesk.ops.setup import Identity, set_up
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.dates import date_hint, format_date, parse_date
from recalldesk.wording import say


class SetupDialog(QDialog):
    """After Accepted, :attr:`identity` holds what was saved."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up RecallDesk"))
        self.ws = ws
        self.identity: Identity | None = None
        self.actor: Actor | None = None
        default = LA_COUNTY_DA_RECALL_2022
        self.name = self._edit(default.name, self.tr("Campaign name"))
        self.jurisdiction = self._edit(default.jurisdiction, self.tr("Jurisdiction"))
        self.county = self._edit(default.county, self.tr("County"))
        self.required = QSpinBox()
        self.required.setRange(1, 50_000_000)
        self.required.setGroupSeparatorShown(True)
        self.required.setValue(default.required_signatures)
        self.required.setAccessibleName(self.tr("Valid signatures required"))
        self.approved = self._edit(
            format_date(default.approval_date), self.tr("Petition approval date")
        )
        self.deadline = self._edit(format_date(default.filing_deadline), self.tr("Filing deadline"))
        self.validity = QDoubleSpinBox()
        self.validity.setRange(1, 100)
        self.validity.setSuffix(" %")
        self.validity.setValue(default.assumed_validity * 100)
        self.validity.setAccessibleName(self.tr("Assumed validity of clean signatures"))
        self.office_code = self._edit("", self.tr("This office's code"))
        self.office_code.setPlaceholderText(self.tr("e.g. PAS"))
        self.office_name = self._edit("", self.tr("This office's name"))
        self.office_name.setPlaceholderText(self.tr("e.g. Pasadena field office"))
        self.operator = self._edit("", self.tr("Your name or initials"))
        self.password = self._edit("", self.tr("Your password"))
        self.password.setPlaceholderText(self.tr("at least 10 characters: you sign in with it"))
        self.again = self._edit("", self.tr("Your password again"))
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.campaign_key = self._edit("", self.tr("Campaign key from the central office"))
        self.campaign_key.setPlaceholderText(
            self.tr("the shared key that signs sync packets (can be entered later)")
        )
        self.campaign_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.central = QCheckBox(
            self.tr("This is the central &office (merges the offices' packets)")
        )
        self.central.setAccessibleName(self.tr("This is the central office"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')};")
        self.error.setWordWrap(True)

        campaign_box = QGroupBox(self.tr("Campaign"))
        form = QFormLayout(campaign_box)
        form.addRow(self.tr("Campaign &name:"), self.name)
        form.addRow(self.tr("&Jurisdiction:"), self.jurisdiction)
        form.addRow(self.tr("Co&unty:"), self.county)
        form.addRow(self.tr("Valid signatures &required:"), self.required)
        hint = date_hint()
        form.addRow(self.tr("Petition &approved ({hint}):").format(hint=hint), self.approved)
        form.addRow(self.tr("Filing &deadline ({hint}):").format(hint=hint), self.deadline)
        form.addRow(self.tr("Assumed &validity:"), self.validity)
        office_box = QGroupBox(self.tr("This office and you"))
        office = QFormLayout(office_box)
        office.addRow(self.tr("Office &code:"), self.office_code)
        office.addRow(self.tr("Office na&me:"), self.office_name)
        office.addRow(self.tr("Your name or &initials:"), self.operator)
        office.addRow(self.tr("Your &password (you run this database):"), self.password)
        office.addRow(self.tr("The password a&gain:"), self.again)
        office.addRow(self.tr("Campaign &key:"), self.campaign_key)
        office.addRow("", self.central)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(campaign_box)
        layout.addWidget(office_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._describe()
        self.office_code.setFocus()

    @staticmethod
    def _edit(text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(accessible)
        return edit

    def _describe(self) -> None:
        """What each field wants, for a screen reader (the labels say what it is)."""
        hint = date_hint()
        for field, description in (
            (self.name, self.tr("The recall's name, as the campaign calls it.")),
            (self.jurisdiction, self.tr("The office or body the recall is about.")),
            (self.county, self.tr("The county whose registrar counts the signatures.")),
            (self.required, self.tr("Valid signatures the law requires to qualify.")),
            (self.approved, self.tr("The day the petition was approved, typed {hint}.")
             .format(hint=hint)),
            (self.deadline, self.tr("The last day to file the signatures, typed {hint}.")
             .format(hint=hint)),
            (self.validity, self.tr("The share of clean signatures expected to be valid, "
                                    "until a sample says.")),
            (self.office_code, self.tr("A short code for this office: letters, digits, - "
                                       "and _.")),
            (self.office_name, self.tr("This office's name, as people call it.")),
            (self.operator, self.tr("You become this office's lead.")),
            (self.password, self.tr("At least 10 characters: a lead's password.")),
            (self.again, self.tr("The same password again.")),
            (self.central, self.tr("Check it only on the central office's computer, which "
                                   "merges the offices' packets.")),
        ):  # fmt: skip
            field.setAccessibleDescription(description)

    def campaign(self) -> Campaign | None:
        """The campaign as typed, or None (with the reason shown) if a date is not one."""
        approved, deadline = parse_date(self.approved.text()), parse_date(self.deadline.text())
        if approved is None or deadline is None:
            self.error.setText(
                self.tr("Type the approval date and the filing deadline as {hint}.").format(
                    hint=date_hint()
                )
            )
            return None
        return replace(
            LA_COUNTY_DA_RECALL_2022,
            name=self.name.text().strip(),
            jurisdiction=self.jurisdiction.text().strip(),
            county=self.county.text().strip(),
            required_signatures=self.required.value(),
            approval_date=approved,
            filing_deadline=deadline,
            assumed_validity=self.validity.value() / 100,
        )

    def save(self) -> None:
        campaign = self.campaign()
        if campaign is None:
            return
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ: type it again."))
            self.again.clear()
            self.again.setFocus()
            return
        try:
            self.identity = set_up(
                self.ws,
                campaign,
                FieldOffice(self.office_code.text(), self.office_name.text()),
                Operator(self.operator.text()),
                role=Role.CENTRAL if self.central.isChecked() else Role.OFFICE,
                campaign_key=self.campaign_key.text().strip(),
                secret=self.password.text(),
            ).value
        except MessageError as error:
            self.error.setText(say(error.message))
            return
        self.actor = sign_in.actor_of(
            self.ws, self.identity.operator, sign_in.manager_role(self.ws)
        )
        self.accept()
