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

from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, Campaign, FieldOffice, Operator
from recalldesk.store.connection import Database
from recalldesk.store.setup import Identity, Role, set_up
from recalldesk.ui.dates import format_date, parse_date


class SetupDialog(QDialog):
    """After Accepted, :attr:`identity` holds what was saved."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set up RecallDesk")
        self.db = db
        self.identity: Identity | None = None
        default = LA_COUNTY_DA_RECALL_2022
        self.name = self._edit(default.name, "Campaign name")
        self.jurisdiction = self._edit(default.jurisdiction, "Jurisdiction")
        self.county = self._edit(default.county, "County")
        self.required = QSpinBox()
        self.required.setRange(1, 50_000_000)
        self.required.setGroupSeparatorShown(True)
        self.required.setValue(default.required_signatures)
        self.required.setAccessibleName("Valid signatures required")
        self.approved = self._edit(format_date(default.approval_date), "Petition approval date")
        self.deadline = self._edit(format_date(default.filing_deadline), "Filing deadline")
        self.validity = QDoubleSpinBox()
        self.validity.setRange(1, 100)
        self.validity.setSuffix(" %")
        self.validity.setValue(default.assumed_validity * 100)
        self.validity.setAccessibleName("Assumed validity of clean signatures")
        self.office_code = self._edit("", "This office's code")
        self.office_code.setPlaceholderText("e.g. PAS")
        self.office_name = self._edit("", "This office's name")
        self.office_name.setPlaceholderText("e.g. Pasadena field office")
        self.operator = self._edit("", "Your name or initials")
        self.campaign_key = self._edit("", "Campaign key from the central office")
        self.campaign_key.setPlaceholderText("the shared key that signs sync packets")
        self.campaign_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.central = QCheckBox("This is the &central office (merges the offices' packets)")
        self.central.setAccessibleName("This is the central office")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)

        campaign_box = QGroupBox("Campaign")
        form = QFormLayout(campaign_box)
        form.addRow("Campaign &name:", self.name)
        form.addRow("&Jurisdiction:", self.jurisdiction)
        form.addRow("Co&unty:", self.county)
        form.addRow("Valid signatures &required:", self.required)
        form.addRow("Petition &approved (m/d/yyyy):", self.approved)
        form.addRow("Filing &deadline (m/d/yyyy):", self.deadline)
        form.addRow("Assumed &validity:", self.validity)
        office_box = QGroupBox("This office and you")
        office = QFormLayout(office_box)
        office.addRow("Office &code:", self.office_code)
        office.addRow("Office na&me:", self.office_name)
        office.addRow("Your name or &initials:", self.operator)
        office.addRow("Campaign &key:", self.campaign_key)
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
        self.office_code.setFocus()

    @staticmethod
    def _edit(text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(accessible)
        return edit

    def campaign(self) -> Campaign:
        approved, deadline = parse_date(self.approved.text()), parse_date(self.deadline.text())
        if approved is None or deadline is None:
            raise ValueError("Type the approval date and the filing deadline as m/d/yyyy.")
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
        try:
            campaign = self.campaign()
            if not campaign.name:
                raise ValueError("The campaign needs a name.")
            self.identity = set_up(
                self.db,
                campaign,
                FieldOffice(self.office_code.text(), self.office_name.text()),
                Operator(self.operator.text()),
                role=Role.CENTRAL if self.central.isChecked() else Role.OFFICE,
                campaign_key=self.campaign_key.text().strip(),
            )
        except ValueError as error:
            self.error.setText(str(error)[:1].upper() + str(error)[1:])
            return
        self.accept()
