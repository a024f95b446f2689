"""Restore from a backup: the backups, newest first, and one question before the swap.

Used from File → Restore from a backup…, and at start-up when the database
will not open. The dialog only chooses; the caller restores through
:mod:`recalldesk.ops.backups`, which keeps the replaced file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from recalldesk.ops.backups import Backup
from recalldesk.wording import QT_TRANSLATE_NOOP, translate

REASONS = {
    "before-merge": QT_TRANSLATE_NOOP("RestoreDialog", "before a merge"),
    "before-sync": QT_TRANSLATE_NOOP("RestoreDialog", "before a sync"),
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    "by-hand": QT_TRANSLATE_NOOP("RestoreDialog", "taken by hand"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
    "replaced-by-restore": QT_TRANSLATE_NOOP("RestoreDialog", "the file a restore replaced"),
}


def backup_label(backup: Backup) -> str:
    when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    reason = REASONS.get(backup.reason)
    shown = translate("RestoreDialog", reason) if reason else backup.reason
    size = f"{backup.size / (1 << 20):,.1f} MB"
    return f"{when}   {shown}   ({size})"


class RestoreDialog(QDialog):
    """Pick a backup; ``chosen`` is its path once accepted (after a confirmation)."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(520)
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of the database. The current file is not "
                "deleted: it is kept in the backups folder. Work done since the backup was "
                "taken is not in it; at the central office, merge the packets folder again."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        label = QLabel(self.tr("&Backups, newest first:"))
        label.setBuddy(self.list)
        for backup in backups:
            item = QListWidgetItem(backup_label(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item.setData(Qt.ItemDataRole.UserRole + 1, when)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter restores (after the question), never cancels
        self.restore.setEnabled(bool(backups))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._confirm())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.list)
        if not backups:
            none = QLabel(self.tr("No backups yet: one is taken every day, and before each "
                                  "merge or sync."))  # fmt: skip
            none.setWordWrap(True)
            layout.addWidget(none)
        layout.addWidget(buttons)
        if backups:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _confirm(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Put the backup taken {when} in place of the database? The current file is "
                "kept in the backups folder."
            ).format(when=item.data(Qt.ItemDataRole.UserRole + 1)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = Path(str(item.data(Qt.ItemDataRole.UserRole)))
            self.accept()
