"""Settings: the campaign key (set or changed here, not only at setup), and backups kept.

An office set up without a key can send its work once the key is entered.
The key is never shown again once saved: the field only replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.ops import backups, keys
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.wording import say


class SettingsDialog(QDialog):
    """Signals: ``changed(object)`` with the operation's Changes after a save."""

    changed = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.ws, self.actor = ws, actor
        has_key = keys.has_campaign_key(ws)
        self.key_state = QLabel(
            self.tr("A campaign key is set. Type a new one only to replace it.")
            if has_key
            else self.tr(
                "No campaign key yet: this office cannot send its work until one is entered. "
                "Ask the central office for it."
            )
        )
        self.key_state.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("Campaign key"))
        self.key.setPlaceholderText(
            self.tr("at least {n} characters, the same at every office").format(n=keys.MIN_KEY)
        )
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Campaign key again"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')};")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the settings"))
        box = QGroupBox(self.tr("Campaign key (signs the packets sent to the central office)"))
        form = QFormLayout(box)
        form.addRow(self.key_state)
        form.addRow(self.tr("New &key:"), self.key)
        form.addRow(self.tr("&Again:"), self.confirm)
        self.kept = QSpinBox()
        self.kept.setRange(*backups.KEPT_RANGE)
        self.kept.setValue(backups.backups_kept(ws))
        self.kept.setAccessibleName(self.tr("Backups kept"))
        self.kept.setSuffix(self.tr(" backups"))
        where = QLabel(
            self.tr(
                "Taken every day, before each merge (central) and each sync (office), in "
                "{folder}. The oldest beyond this number are deleted."
            ).format(folder=backups.folder_of(ws.path))
        )
        where.setWordWrap(True)
        kept_box = QGroupBox(self.tr("Backups"))
        kept_form = QFormLayout(kept_box)
        kept_form.addRow(self.tr("&Backups kept:"), self.kept)
        kept_form.addRow(where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(kept_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.key.setFocus()

    def save(self) -> None:
        if self.kept.value() != backups.backups_kept(self.ws):
            try:
                backups.set_backups_kept(self.ws, self.actor, self.kept.value())
            except MessageError as error:
                self.error.setText(say(error.message))
                self.kept.setFocus()
                return
        key = self.key.text()
        if not key.strip():
            self.accept()  # nothing more to change
            return
        if key != self.confirm.text():
            self.error.setText(self.tr("The two keys differ: type the same key twice."))
            self.confirm.setFocus()
            return
        try:
            done = keys.set_campaign_key(self.ws, self.actor, key)
        except MessageError as error:
            self.error.setText(say(error.message))
            self.key.setFocus()
            return
        self.changed.emit(done.changes)
        self.accept()
