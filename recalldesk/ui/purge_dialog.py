"""End of the drive: what a purge removes, and a typed word before it is done.

The dialog only asks; the caller purges through :mod:`recalldesk.ops.purge`
on a worker thread. Typing the word (not clicking through) is the point: the
purge cannot be undone, by design.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recalldesk.ops.purge import ToPurge


class PurgeDialog(QDialog):
    """Accepted only once the confirmation word is typed."""

    def __init__(self, found: ToPurge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purge the drive's personal data"))
        self.setMinimumWidth(560)
        self.word = self.tr("PURGE")
        intro = QLabel(
            self.tr(
                "When the petition has been filed and counted, the law lets the campaign use "
                "what signers wrote for nothing else (California Elections Code 18650). "
                "The purge removes, from this computer:"
            )
        )
        intro.setWordWrap(True)
        what = QLabel(
            self.tr(
                "• the names and addresses of {lines} signature lines;\n"
                "• {voters} voters of the county voter file;\n"
                "• the same from {backups} backup copies, and the values the audit kept.\n\n"
                "Every section and line stays counted, so the figures stay, and the audit "
                "records the purge. It cannot be undone: keep no other copy you would regret."
            ).format(
                lines=f"{found.lines:,}", voters=f"{found.voters:,}", backups=f"{found.backups:,}"
            )
        )
        what.setWordWrap(True)
        what.setAccessibleName(self.tr("What the purge removes"))
        prompt = QLabel(self.tr("Type {word} to confirm:").format(word=self.word))
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Confirmation word"))
        self.confirm.setAccessibleDescription(
            self.tr("Type {word} to enable the Purge button").format(word=self.word)
        )
        prompt.setBuddy(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.purge_button = QPushButton(self.tr("&Purge"))
        self.purge_button.setEnabled(False)
        self.purge_button.setAccessibleDescription(
            self.tr("Remove the personal data now; it cannot be undone")
        )
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        for widget in (intro, what, prompt, self.confirm, buttons):
            layout.addWidget(widget)
        self.confirm.setFocus()

    def _typed(self, text: str) -> None:
        ready = text.strip() == self.word
        self.purge_button.setEnabled(ready)
        self.purge_button.setDefault(ready)

    def accept(self) -> None:
        if self.confirm.text().strip() == self.word:  # Enter before the word: nothing
            super().accept()
