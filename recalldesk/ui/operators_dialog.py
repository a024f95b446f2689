"""File → Operators…: a lead says who may sign in here, as what (ops.sign_in).

Add an operator (the new volunteer types their own PIN, twice, at the lead's
side), give a forgotten PIN anew (which also lifts a lockout), change a role,
stop someone signing in, set the idle lock; anyone changes their own PIN.
All by keyboard: every button has a mnemonic, the table takes the arrows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor, StaffRole
from recalldesk.ops import sign_in
from recalldesk.ops.base import Done, Permission
from recalldesk.ops.sign_in import Member
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.errors import show_error
from recalldesk.wording.say import role_name


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class SecretDialog(QDialog):
    """A new PIN or password, typed twice (and the current one, for one's own)."""

    def __init__(self, title: str, parent: QWidget | None, *, own: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.old = _password_field(self.tr("Current PIN or password")) if own else None
        if self.old is not None:
            form.addRow(self.tr("&Current PIN or password:"), self.old)
        self.new = _password_field(self.tr("New PIN or password"))
        self.again = _password_field(self.tr("The new one again"))
        form.addRow(self.tr("&New PIN or password:"), self.new)
        form.addRow(self.tr("The new one &again:"), self.again)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')};")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.old or self.new).setFocus()

    def _check(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("The two differ: type the new one again."))
            self.again.clear()
            self.again.setFocus()
            return
        self.accept()


class AddOperatorDialog(SecretDialog):
    def __init__(self, roles: list[StaffRole], parent: QWidget | None) -> None:
        super().__init__(self.tr("Add an operator"), parent)
        form = self.layout()
        assert isinstance(form, QFormLayout)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Their name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Their role"))
        for role in roles:
            self.role.addItem(role_name(str(role)), role)
        form.insertRow(0, self.tr("&Name:"), self.name)
        form.insertRow(1, self.tr("&Role:"), self.role)
        form.insertRow(2, QLabel(self.tr("Hand them the keyboard: they type their own PIN below.")))
        self.name.setFocus()


class OperatorsDialog(QDialog):
    """Signals: ``changed(object)`` with an operation's Changes."""

    changed = Signal(object)

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor = ws, actor
        self.setWindowTitle(self.tr("Operators"))
        self.setMinimumSize(680, 360)
        manages = ws.may(actor, Permission.MANAGE_OPERATORS)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Initials"), self.tr("Role")])
        self.table.setAccessibleName(self.tr("Operators of this office"))
        self.add = QPushButton(self.tr("&Add an operator…"))
        self.pin = QPushButton(self.tr("New &PIN for them…"))
        self.role = QPushButton(self.tr("Change their &role…"))
        self.remove = QPushButton(self.tr("&Stop them signing in"))
        self.own = QPushButton(self.tr("Change &my PIN…"))
        for button in (self.add, self.pin, self.role, self.remove):
            button.setEnabled(manages)
        for button in (self.add, self.pin, self.role, self.remove, self.own):
            button.setAutoDefault(False)  # Enter in the list never presses one by surprise
        self.idle = QSpinBox()
        self.idle.setRange(*sign_in.IDLE_RANGE)
        self.idle.setValue(sign_in.idle_minutes(ws))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after idle minutes"))
        self.idle.setEnabled(manages)
        idle_label = QLabel(self.tr("&Lock the screen after this long without a key:"))
        idle_label.setBuddy(self.idle)
        note = QLabel(
            self.tr(
                "Volunteers key and verify. Leads also log sections, close them, sync, and "
                "manage this list. Coordinators run the drive at central."
            )
        )
        note.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.add, self.pin, self.role, self.remove, self.own):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        idle_row = QHBoxLayout()
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(body)
        layout.addLayout(idle_row)
        layout.addWidget(close)
        self.add.clicked.connect(self.add_operator)
        self.pin.clicked.connect(self.new_pin)
        self.role.clicked.connect(self.change_role)
        self.remove.clicked.connect(self.stop_signing_in)
        self.own.clicked.connect(self.change_own)
        self.idle.editingFinished.connect(self.set_idle)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        current = self.selected()
        self.table.clear()
        for member in sign_in.roster(self.ws):
            role = role_name(str(member.role)) if member.role else self.tr("no PIN: cannot sign in")
            if member.locked_until:
                role += self.tr(" (locked out)")
            item = QTreeWidgetItem([member.name, member.operator.value.initials, role])
            item.setData(0, 256, member)
            self.table.addTopLevelItem(item)
            if current is not None and member.id == current.id:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        for column in range(3):
            self.table.resizeColumnToContents(column)

    def selected(self) -> Member | None:
        item = self.table.currentItem()
        return item.data(0, 256) if item is not None else None

    def _roles(self) -> list[StaffRole]:
        return [r for r in StaffRole if self.actor.role.covers(r)]

    def _run(self, op: Callable[..., Done[Any]], *args: object) -> bool:
        """``op(ws, actor, *args)``; its refusal shown, the table redrawn."""
        try:
            done = op(self.ws, self.actor, *args)
        except MessageError as error:
            show_error(self, error)
            return False
        self.changed.emit(done.changes)
        self.refresh()
        return True

    def add_operator(self) -> None:
        dialog = AddOperatorDialog(self._roles(), self)
        while dialog.exec():
            role = StaffRole(dialog.role.currentData())
            name, secret = dialog.name.text(), dialog.new.text()
            if self._run(sign_in.add_member, name, role, secret):
                return

    def new_pin(self) -> None:
        member = self.selected()
        if member is None:
            return
        title = self.tr("New PIN for {name}").format(name=member.name)
        dialog = SecretDialog(title, self)
        while dialog.exec():
            secret = dialog.new.text()
            if self._run(sign_in.set_secret, member.id, secret):
                return

    def change_role(self) -> None:
        member = self.selected()
        if member is None:
            return
        roles = self._roles()
        labels = [role_name(str(r)) for r in roles]
        current = labels.index(role_name(str(member.role))) if member.role in roles else 0
        label, ok = QInputDialog.getItem(
            self, self.tr("Role of {name}").format(name=member.name), self.tr("&Role:"),
            labels, current, False,
        )  # fmt: skip
        if not ok:
            return
        role = roles[labels.index(label)]
        try:
            done = sign_in.set_role(self.ws, self.actor, member.id, role)
        except MessageError as error:
            if error.message.code != "signin.promotion_needs_password":
                show_error(self, error)
                return
            # A volunteer's PIN never guards a lead: they type a password for the new role.
            title = self.tr("Password for {name} as {role}").format(
                name=member.name, role=role_name(str(role))
            )
            dialog = SecretDialog(title, self)
            while dialog.exec():
                if self._run(sign_in.set_role, member.id, role, dialog.new.text()):
                    return
            return
        self.changed.emit(done.changes)
        self.refresh()

    def stop_signing_in(self) -> None:
        member = self.selected()
        if member is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Stop {name} signing in?").format(name=member.name),
            self.tr("{name} will no longer sign in on this computer. The lines they keyed stay "
                    "theirs; a lead can give them a PIN again.").format(name=member.name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._run(sign_in.remove_sign_in, member.id)

    def change_own(self) -> None:
        dialog = SecretDialog(self.tr("Change my PIN"), self, own=True)
        while dialog.exec():
            assert dialog.old is not None
            old, new = dialog.old.text(), dialog.new.text()
            if self._run(sign_in.change_own_secret, old, new):
                return

    def set_idle(self) -> None:
        if self.idle.value() != sign_in.idle_minutes(self.ws):
            minutes = self.idle.value()
            self._run(sign_in.set_idle_minutes, minutes)
