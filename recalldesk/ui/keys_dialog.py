"""File → Signing keys…: this computer's key, and the keys it trusts (ops.office_keys).

What the command line's ``recalldesk keys`` does, by keyboard: make this
computer's key (a password typed twice), write its enrollment file, trust
another's file once the fingerprint heard on the phone is typed, revoke an
office's key, and (central) refuse packets from offices without a key.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.ops import office_keys
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.errors import show_error


class KeysDialog(QDialog):
    """Signals: ``changed(object)`` with an operation's Changes."""

    changed = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor = ws, actor
        self.setWindowTitle(self.tr("Signing keys"))
        self.setMinimumWidth(620)
        self.own = QLabel()
        self.own.setAccessibleName(self.tr("This computer's key"))
        self.own.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [self.tr("Office"), self.tr("Fingerprint"), self.tr("State"), self.tr("Enrolled")]
        )
        self.table.setAccessibleName(self.tr("Keys trusted here"))
        self.make = QPushButton(self.tr("&Make this computer's key…"))
        self.export = QPushButton(self.tr("&Write its enrollment file…"))
        self.enroll = QPushButton(self.tr("&Trust a key…"))
        self.revoke = QPushButton(self.tr("&Revoke the selected key"))
        self.require = QCheckBox(self.tr("Refuse &packets from offices without a key"))
        self.require.setVisible(ws.is_central)
        self.require.setChecked(office_keys.require_signed(ws))
        self.make.clicked.connect(self.make_key)
        self.export.clicked.connect(self.write_file)
        self.enroll.clicked.connect(self.trust_file)
        self.revoke.clicked.connect(self.revoke_selected)
        self.require.toggled.connect(self.set_require)
        buttons = QHBoxLayout()
        for button in (self.make, self.export, self.enroll, self.revoke):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Each office, and the central office, signs what it sends with its own key. "
                "The other side trusts a key only after someone reads its fingerprint aloud "
                "(by phone or in person) and it is typed here."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (intro, self.own, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.require)
        layout.addWidget(close)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        mine = office_keys.own_fingerprint(self.ws)
        self.own.setText(
            self.tr("This computer's key: {fingerprint}").format(fingerprint=mine)
            if mine
            else self.tr("This computer has no key yet: make one, then send its file.")
        )
        self.export.setEnabled(bool(mine))
        self.table.clear()
        for key in office_keys.trusted_keys(self.ws):
            state = (
                self.tr("trusted")
                if key.live
                else self.tr("revoked {at}").format(at=(key.revoked_at or "")[:10])
            )
            item = QTreeWidgetItem(
                [key.office_code, office_keys.fingerprint_of(key), state, key.enrolled_at[:10]]
            )
            item.setData(0, 256, key.office_code if key.live else "")
            self.table.addTopLevelItem(item)
        for column in range(4):
            self.table.resizeColumnToContents(column)

    def _password(self, prompt: str) -> str | None:
        typed, ok = QInputDialog.getText(
            self, self.tr("Password"), prompt, QLineEdit.EchoMode.Password
        )
        return typed if ok else None

    def make_key(self) -> None:
        if office_keys.own_fingerprint(self.ws):
            answer = QMessageBox.question(
                self, self.tr("Replace this computer's key?"),
                self.tr("A new key must be enrolled again by the other side before what this "
                        "computer sends is accepted. Make a new key?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        first = self._password(self.tr("A password for this computer's key (10 characters "
                                       "or more):"))  # fmt: skip
        if first is None:
            return
        again = self._password(self.tr("The same password again:"))
        if again is None:
            return
        if again != first:
            QMessageBox.warning(self, self.tr("Passwords differ"),
                                self.tr("The two passwords differ; no key was made."))  # fmt: skip
            return
        try:
            done = office_keys.make_own_key(self.ws, self.actor, first)
        except MessageError as error:
            show_error(self, error)
            return
        self.changed.emit(done.changes)
        self.refresh()

    def write_file(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the enrollment file"))
        if not folder:
            return
        try:
            path = office_keys.write_enrollment(self.ws, Path(folder))
        except MessageError as error:
            show_error(self, error)
            return
        QMessageBox.information(
            self, self.tr("Enrollment file written"),
            self.tr("Wrote {path}. Take it to the other side, then read them this "
                    "fingerprint: {fingerprint}").format(
                path=path, fingerprint=office_keys.own_fingerprint(self.ws)),
        )  # fmt: skip

    def trust_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Enrollment file"), "", self.tr("Keys (*.recalldesk-key)")
        )
        if path:
            self.trust_path(Path(path))

    def trust_path(self, path: Path) -> None:
        """Ask for the fingerprint heard, then trust the key in ``path``."""
        try:
            entry = office_keys.read_enrollment(self.ws, path)
        except MessageError as error:
            show_error(self, error)
            return
        heard, ok = QInputDialog.getText(
            self, self.tr("Fingerprint"),
            self.tr("The key of {office}. Type the fingerprint its sender reads to you:").format(
                office=entry.office_code),
        )  # fmt: skip
        if not ok:
            return
        try:
            done = office_keys.enroll(self.ws, self.actor, path, heard)
        except MessageError as error:
            show_error(self, error)
            return
        self.changed.emit(done.changes)
        self.refresh()

    def revoke_selected(self) -> None:
        item = self.table.currentItem()
        office = item.data(0, 256) if item is not None else ""
        if not office:
            QMessageBox.information(self, self.tr("Revoke a key"),
                                    self.tr("Select a trusted key first."))  # fmt: skip
            return
        answer = QMessageBox.question(
            self, self.tr("Revoke the key of {office}?").format(office=office),
            self.tr("What it signs is refused from now on, until {office} enrolls a new "
                    "key. Its record stays.").format(office=office),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = office_keys.revoke(self.ws, self.actor, office)
        except MessageError as error:
            show_error(self, error)
            return
        self.changed.emit(done.changes)
        self.refresh()

    def set_require(self, on: bool) -> None:
        try:
            done = office_keys.set_require_signed(self.ws, self.actor, on)
        except MessageError as error:
            show_error(self, error)
            return
        self.changed.emit(done.changes)
