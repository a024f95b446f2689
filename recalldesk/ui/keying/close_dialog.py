"""Closing a section whose keyed lines differ from its declared count: ask why.

The reason is kept with the section (it travels to the central office and is
in the export). OK with no reason is refused, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from recalldesk.ops.keying import MAX_FIELD
from recalldesk.ui.appearance import color


class CloseSectionDialog(QDialog):
    """After Accepted, :attr:`reason` holds what was typed."""

    def __init__(self, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Control totals differ"))
        self.reason = ""
        question = QLabel(
            self.tr(
                "{problem}.\nWhy do they differ? The reason is kept with the section and "
                "shown to the central office."
            ).format(problem=problem)
        )
        question.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_FIELD)
        self.text.setAccessibleName(self.tr("Why the totals differ"))
        self.text.setPlaceholderText(self.tr("e.g. lines 19 and 20 torn off the sheet"))
        question.setBuddy(self.text)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')};")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the section was not closed"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Close section"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.text.setFocus()

    def accept(self) -> None:
        reason = self.text.text().strip()
        if not reason:
            self.error.setText(
                self.tr(
                    "Type why the totals differ (or Cancel): a section whose lines do not "
                    "match its declared count is only closed with a reason."
                )
            )
            self.text.setFocus()
            return
        self.reason = reason
        super().accept()
