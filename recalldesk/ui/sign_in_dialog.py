"""Sign in: type to find your name, Enter, your PIN, Enter (ops.sign_in).

The same dialog opens at each start, on File → Lock and switch operator
(Ctrl+L) and when the app locks itself after the idle time, so switching
volunteer on a shared laptop is four keystrokes and a PIN. Nobody adds
themself here: a lead adds operators (File → Operators…).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.normalize import fold
from recalldesk.core.records import Actor
from recalldesk.ops import sign_in
from recalldesk.ops.sign_in import Member
from recalldesk.ops.workspace import Workspace
from recalldesk.ui import language
from recalldesk.ui.appearance import color
from recalldesk.ui.settings import OPERATOR_LANGUAGE, Settings, app_settings
from recalldesk.wording import say
from recalldesk.wording.say import role_name


class SignInDialog(QDialog):
    """After Accepted, :attr:`actor` is who signed in, with their role, and
    :attr:`language` the language they chose (kept for them: ui.language)."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        locked: Actor | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.settings = settings or app_settings()
        self.actor: Actor | None = None
        self.language = language.current()
        self.members = sign_in.roster(ws)
        if locked is not None:
            self.setWindowTitle(self.tr("Locked: sign in to go on"))
            intro = self.tr(
                "RecallDesk locked itself. {name}, type your PIN to go on; anyone else, type "
                "your name. Every saved line is kept."
            ).format(name=locked.operator)
        else:
            self.setWindowTitle(self.tr("Sign in"))
            intro = self.tr("Type your name (or initials), Enter, then your PIN or password.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name or initials"))
        self.name.setAccessibleDescription(
            self.tr("Type to find your name; Up and Down move in the list; Enter goes on to "
                    "the PIN.")
        )  # fmt: skip
        self.name.setPlaceholderText(self.tr("Type your name to find it"))
        caption = QLabel(self.tr("&Your name:"))
        caption.setBuddy(self.name)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Operators at this office"))
        self.list.setAccessibleDescription(self.tr("Each name with the role it signs in as."))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN or password"))
        self.pin.setAccessibleDescription(self.tr("Yours, as a lead gave it; Enter signs in."))
        pin_caption = QLabel(self.tr("&PIN or password:"))
        pin_caption.setBuddy(self.pin)
        # Said in both languages: whoever sits down must find it whatever is on screen.
        self.languages = QComboBox()
        for code, words in language.LANGUAGES.items():
            self.languages.addItem(words, code)
        self.languages.setAccessibleName("Language / Idioma")
        self.languages.setAccessibleDescription(
            self.tr("The language RecallDesk speaks to you in, from signing in on")
        )
        language_caption = QLabel("&Language / Idioma:")
        language_caption.setBuddy(self.languages)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')};")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why signing in failed"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        if locked is not None:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("&Quit RecallDesk")
            )
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.name.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda item, _old: self._their_language(item))
        self.name.installEventFilter(self)
        self.list.installEventFilter(self)
        self.pin.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(caption)
        layout.addWidget(self.name)
        layout.addWidget(self.list)
        layout.addWidget(pin_caption)
        layout.addWidget(self.pin)
        layout.addWidget(language_caption)
        layout.addWidget(self.languages)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._filter("")
        last = locked.operator_id if locked is not None else None
        last_uuid = sign_in.last_signed_in(ws)
        for row in range(self.list.count()):
            member: Member = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if member.id == last or (last is None and member.operator.value.uuid == last_uuid):
                self.list.setCurrentRow(row)
        (self.pin if locked is not None else self.name).setFocus()

    def _filter(self, text: str) -> None:
        """Show the operators whose name (or initials) has a word starting like ``text``."""
        key = fold(text)
        self.list.clear()
        for member in self.members:
            value = member.operator.value
            words = fold(f"{value.name} {value.initials}").split()
            if key and not any(w.startswith(key) for w in words) and key not in fold(value.name):
                continue
            role = role_name(str(member.role)) if member.role is not None else self.tr("no PIN yet")
            item = QListWidgetItem(f"{value.name} ({value.initials}) · {role}")
            item.setData(Qt.ItemDataRole.UserRole, member)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
            self.hint.setText(self.tr("Enter picks the highlighted name; then type your PIN."))
        elif text.strip():
            self.hint.setText(
                self.tr("Nobody here is called “{name}”. A lead adds operators (File → "
                        "Operators…).").format(name=text.strip())
            )  # fmt: skip
        else:
            self.hint.setText(self.tr("Nobody may sign in yet."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing in the list goes to the name; Up/Down move in the list from the name."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.name and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return True
        if watched is self.name and enter:
            if self.list.currentItem() is not None:
                self.pin.setFocus()
            return True
        if watched is self.pin and enter:
            self.choose()
            return True
        if watched is self.list and event.text().isprintable() and event.text():
            self.name.setFocus()
            self.name.insert(event.text())
            return True
        return False

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.error.setText(self.tr("Choose your name first."))
            self.name.setFocus()
            return
        member: Member = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.actor = sign_in.sign_in(self.ws, member.id, self.pin.text()).value
        except MessageError as error:
            self.error.setText(say(error.message))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.language = str(self.languages.currentData())
        if language.forced() is None:
            self.settings.set_operator_choice(self.actor.operator_id, OPERATOR_LANGUAGE,
                                              self.language)  # fmt: skip
        self.pin.clear()
        self.accept()

    def _their_language(self, item: QListWidgetItem | None) -> None:
        """The highlighted operator's language, as they last chose it."""
        if item is None:
            return
        member: Member = item.data(Qt.ItemDataRole.UserRole)
        code = self.settings.operator_choice(member.id, OPERATOR_LANGUAGE) or language.current()
        self.languages.setCurrentIndex(max(0, self.languages.findData(code)))


class FirstLeadDialog(QDialog):
    """Nobody may sign in yet (an older database, or the demo): name the lead, once."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor: Actor | None = None
        role = role_name(str(sign_in.manager_role(ws)))
        self.setWindowTitle(self.tr("Who runs this office?"))
        intro = QLabel(
            self.tr(
                "Operators now sign in. Nobody may sign in to this database yet: type the "
                "name of its {role} (one already on the list keeps their lines) and choose "
                "their password. The {role} then gives every volunteer a PIN (File → "
                "Operators…)."
            ).format(role=role)
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("The lead's name"))
        known = [m.name for m in sign_in.roster(ws)]
        if known:
            self.name.setPlaceholderText(", ".join(known[:4]))
        self.password = QLineEdit()
        self.again = QLineEdit()
        for field, accessible in ((self.password, self.tr("Password")),
                                  (self.again, self.tr("Password again"))):  # fmt: skip
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(accessible)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')};")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for text, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Password (at least 10 characters):"), self.password),
            (self.tr("The password &again:"), self.again),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            layout.addWidget(caption)
            layout.addWidget(field)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.name.setFocus()

    def choose(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.again.clear()
            self.again.setFocus()
            return
        try:
            self.actor = sign_in.first_manager(
                self.ws, self.name.text(), self.password.text()
            ).value
        except MessageError as error:
            self.error.setText(say(error.message))
            self.name.setFocus()
            return
        self.accept()


def ask_sign_in(ws: Workspace, parent: QWidget | None = None) -> Actor | None:
    """The first lead if nobody may sign in yet, else the sign-in; None if cancelled."""
    dialog: SignInDialog | FirstLeadDialog = (
        FirstLeadDialog(ws, parent) if sign_in.needs_first_manager(ws) else SignInDialog(ws, parent)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
