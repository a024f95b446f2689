"""The main window's signing in: the lock, the switch of operator, what each role may use.

Kept apart from :mod:`main_window` (which composes the pages) so each file stays
small. The actor every window acts as comes from here, after a PIN.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QStackedWidget, QWidget

from recalldesk.core.records import Actor, StaffRole
from recalldesk.ops import queries, sign_in
from recalldesk.ops.base import Permission
from recalldesk.ops.undo import UndoHistory
from recalldesk.ops.workspace import role_needed
from recalldesk.ui import language
from recalldesk.ui.actions import KEYING_ACTIONS, ActionId
from recalldesk.ui.appearance_menu import apply_look, choose_theme, zoom_by
from recalldesk.ui.exchange_menu import ExchangeMenu
from recalldesk.ui.idle_lock import IdleLock
from recalldesk.ui.keying.keying_view import KeyingView
from recalldesk.ui.operators_dialog import OperatorsDialog
from recalldesk.ui.sign_in_dialog import SignInDialog
from recalldesk.ui.statistics_window import StatisticsWindow
from recalldesk.ui.verify_window import VerifyWindow
from recalldesk.wording.say import role_name

# Menu actions and what they need: greyed (with the role named) for whoever may not.
ROLE_ACTIONS = {
    ActionId.NEW_SECTION: Permission.INTAKE,
    ActionId.EXPORT: Permission.EXPORT,
    ActionId.SYNC: Permission.SYNC,
    ActionId.SYNC_FULL: Permission.SYNC,
    ActionId.SYNC_AFTER_RESTORE: Permission.SYNC,
    ActionId.MERGE: Permission.MERGE,
    ActionId.DIGEST: Permission.DIGEST,
    ActionId.CONFLICTS: Permission.RESOLVE_CONFLICTS,
    ActionId.DUPLICATES: Permission.DECIDE_DUPLICATES,
    ActionId.VERIFICATION: Permission.VERIFY,
    ActionId.STATISTICS: Permission.ASSIGN_VERIFICATION,  # a lead's window
    ActionId.VOTER_FILE: Permission.VOTER_FILE,
    ActionId.RESTORE: Permission.SETTINGS,
    ActionId.PURGE: Permission.PURGE,
    ActionId.KEYS: Permission.SETTINGS,
    ActionId.SETTINGS: Permission.SETTINGS,
    ActionId.CLOSE_SECTION: Permission.CLOSE_SECTION,
}


def _waiting_dialogs(main: QWidget) -> list[QDialog]:
    """The modal dialogs open now (each waits in its own ``exec()``)."""
    return [
        w for w in QApplication.topLevelWidgets()
        if w is not main and w.isVisible() and isinstance(w, QDialog)
        and (w.isModal() or w.testAttribute(Qt.WidgetAttribute.WA_ShowModal))
    ]  # fmt: skip


class SignInMenu(ExchangeMenu):
    """The base of :class:`MainWindow`, which also sets what is named below."""

    actions_by_id: dict[ActionId, QAction]
    keying: KeyingView
    pages: QStackedWidget
    history: UndoHistory
    keyed_today: int
    locked: bool
    idle_lock: IdleLock
    who: QLabel
    _texts: dict[ActionId, str]
    _has_campaign: bool

    def _show_identity(self) -> None:
        """Say who is signed in (the main window does it)."""

    def _update_actions(self) -> None:
        """Enable what applies now (the main window does it)."""

    # ----- signing in -----------------------------------------------------------------

    def lock(self) -> bool:
        """Hide the work and ask for a PIN (Ctrl+L, or idle): the same operator goes on
        where they were; another one starts afresh as themself. False: the app quits."""
        if self.locked:
            return True
        self.locked = True
        # A dialog waiting for an answer is closed unsaved (hiding it would end its wait
        # with no one to read the answer); a tool window is hidden, to come back for the
        # same operator only.
        for waiting in _waiting_dialogs(self):
            waiting.reject()
        hidden = [w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible()]
        for window in hidden:
            window.hide()
        self.pages.hide()
        try:
            dialog = SignInDialog(self.ws, self, locked=self.actor)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
                self.close()
                return False
        finally:
            self.locked = False
            self.pages.show()
        wanted = language.forced() or dialog.language
        new_language = wanted != language.current()
        if new_language:
            language.use_language(wanted)
        new_theme = apply_look(self.settings, dialog.actor.operator_id)
        if new_language or new_theme:
            # Every window's words and colours were set when it was built: build it again.
            for window in hidden:
                window.close()
            self.rebuild(dialog.actor)
            return True
        same = dialog.actor.operator_id == self.actor.operator_id
        for window in hidden:
            # A tool window holds the actor it was opened by: only they go on with it.
            window.show() if same else window.close()
        self.set_actor(dialog.actor)
        return True

    def rebuild(self, actor: Actor) -> None:
        """Close this window for the app to build it again, signed in as ``actor`` (after a
        change of language or theme)."""
        self.next_actor, self.reopen_after_close = actor, True
        self.close()

    def zoom_by(self, step: int) -> None:
        percent = zoom_by(self.settings, self.actor, step)
        self.statusBar().showMessage(self.tr("Text at {percent}%").format(percent=percent), 3000)

    def choose_theme(self, name: str) -> None:
        if choose_theme(self.settings, self.actor, name):
            self.rebuild(self.actor)

    def set_actor(self, actor: Actor) -> None:
        if actor.operator_id != self.actor.operator_id:
            self.history = UndoHistory()  # one's undo never reverses another's lines
            self.keying.history = self.history
            if self.keying.session is not None:
                self.keying.session.history = self.history
        self.actor = actor
        self.keying.actor = actor
        if self.keying.session is not None:
            self.keying.session.actor = actor
        self.keyed_today = queries.keyed_today(self.ws, actor.operator_id or 0)
        self._show_identity()
        self._update_actions()

    def open_verification(self) -> VerifyWindow:
        window = VerifyWindow(self.ws, self.actor, self)
        window.changed.connect(lambda _c: self.refresh())
        window.show()
        return window

    def open_statistics(self) -> StatisticsWindow:
        window = StatisticsWindow(self.ws, self)
        window.show()
        return window

    def open_operators(self) -> OperatorsDialog:
        dialog = OperatorsDialog(self.ws, self.actor, self)
        dialog.changed.connect(lambda _c: self.idle_lock.set_minutes(sign_in.idle_minutes(self.ws)))
        dialog.show()
        return dialog

    def _update_role_actions(self) -> None:
        """What the signed-in operator may not do is greyed, naming the role it needs; what
        this kind of database does not do (merging at an office) is greyed alone."""
        for action_id, permission in ROLE_ACTIONS.items():
            action = self.actions_by_id[action_id]
            allowed = self.ws.may(self.actor, permission)
            text = self._texts[action_id]
            if not allowed and self.ws.may(self.ws.actor("", None, StaffRole.COORDINATOR),
                                           permission):  # fmt: skip
                needed = role_needed(permission, central=self.ws.is_central)
                text = self.tr("{action} ({role})").format(action=text, role=role_name(needed))
            action.setText(text)
            if action_id in KEYING_ACTIONS:
                allowed = allowed and action.isEnabled()
            if action_id is ActionId.EXPORT:
                allowed = allowed and self._has_campaign
            action.setEnabled(allowed)
