"""The main window: dashboard, section list and keying, with the app's menus.

Widgets get narrow dependencies (the workspace, who is keying); every change
is an operation, and its result's *changes* decide what is redrawn. Long
reads (the dashboard's figures, export) run off the GUI thread on their own
connection.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from recalldesk import APP_NAME, __version__
from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor, LineMark
from recalldesk.ops import queries, sign_in
from recalldesk.ops.base import Changes
from recalldesk.ops.undo import UndoHistory
from recalldesk.ops.workspace import Workspace
from recalldesk.ui import settings as opts
from recalldesk.ui.actions import (
    KEYING_ACTIONS,
    MENU_ORDER,
    SPECS,
    ActionId,
    build_actions,
    menu_title,
)
from recalldesk.ui.appearance_menu import THEME_ACTIONS, theme_group
from recalldesk.ui.dashboard import Dashboard
from recalldesk.ui.errors import show_error
from recalldesk.ui.find_dialog import FindDialog
from recalldesk.ui.help_dialog import HelpDialog
from recalldesk.ui.history_dialog import HistoryDialog
from recalldesk.ui.idle_lock import IdleLock
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.jobs import Job
from recalldesk.ui.keying.keying_view import KeyingView
from recalldesk.ui.section_list import SectionList
from recalldesk.ui.settings_dialog import SettingsDialog
from recalldesk.ui.sign_in_menu import ROLE_ACTIONS, SignInMenu
from recalldesk.wording import say, translate
from recalldesk.wording.say import role_name

# Checkpoint after this many saves even if keying never pauses (it always does).
CHECKPOINT_EVERY = 2000


def load_snapshot(ws: Workspace, today: date) -> queries.Snapshot | None:
    """The dashboard's figures through a second connection (runs on a worker thread).

    Writable, so what the read works out is kept for the next one (see
    ``store.figures_cache``); the write is a few rows once the cache exists.
    """
    reader = ws.sibling()
    try:
        return queries.dashboard_figures(reader, today)
    finally:
        reader.close()


class MainWindow(SignInMenu):
    def __init__(
        self,
        ws: Workspace,
        actor: Actor | None = None,
        settings: opts.Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``actor``: who signed in (ops.sign_in). None is for tests of the window alone: it
        acts as a volunteer named "nobody signed in" (the app always signs in first)."""
        super().__init__(parent)
        self.ws, self.settings = ws, settings
        self.locked = False
        self.jobs: list[Job] = []
        self.actor = actor or ws.actor(self.tr("nobody signed in"))
        self.history = UndoHistory()
        self.keyed_today = queries.keyed_today(ws, actor.operator_id or 0) if actor else 0
        self._saves_since_checkpoint = 0
        self.setWindowTitle(
            self.tr("{app} {version} — office {office}").format(
                app=APP_NAME, version=__version__, office=ws.office_code or ws.folder
            )
        )

        self.dashboard = Dashboard(ws)
        self.section_list = SectionList(ws)
        self.section_list.open_section.connect(self.open_section)
        self.keying = KeyingView(ws, self.actor, self.history)
        self.keying.saved.connect(self._line_saved)
        self.keying.changed.connect(self.apply_changes)
        self.keying.failed.connect(self._keying_failed)
        self.keying.closed.connect(self._section_closed)
        self.pages = QStackedWidget()
        for page in (self.dashboard, self.section_list, self.keying):
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())
        self.setCentralWidget(self.pages)

        self.actions_by_id = build_actions(self, self._handlers())
        menus = {name: self.menuBar().addMenu(menu_title(name)) for name in MENU_ORDER}
        for action_id, action in self.actions_by_id.items():
            if action_id is ActionId.ZOOM_IN or action_id is ActionId.THEME_SYSTEM:
                menus[SPECS[action_id].menu].addSeparator()
            menus[SPECS[action_id].menu].addAction(action)
        self.themes = theme_group(self, self.actions_by_id)
        self._texts = {a: self.actions_by_id[a].text() for a in ROLE_ACTIONS}
        self._has_campaign = ws.campaign is not None
        self.keying.entry.pass_through = {
            s.toString() for a in KEYING_ACTIONS for s in self.actions_by_id[a].shortcuts()
        }

        self.who = QLabel()
        self.who.setAccessibleName(self.tr("Operator and office"))
        self.today = QLabel()
        self.today.setAccessibleName(self.tr("Lines keyed today"))
        self.save_state = QLabel(self.tr("All changes saved"))
        self.save_state.setAccessibleName(self.tr("Save state"))
        for label in (self.who, self.today, self.save_state):
            self.statusBar().addPermanentWidget(label)
        self._show_identity()

        ws.keying_mode()  # checkpoints run when keying pauses: see _checkpoint
        self.idle = QTimer(self, singleShot=True)
        self.idle.setInterval(settings.get(opts.IDLE_CHECKPOINT_MS) if settings else 2000)
        self.idle.timeout.connect(self._checkpoint)
        self.resize(1180, 720)
        self._restore_geometry()
        self._update_actions()
        self.refresh()
        QTimer.singleShot(1500, self.daily_backup)  # after the first paint: never delays keying
        self.idle_lock = IdleLock(self, sign_in.idle_minutes(ws), self.lock)

    def _handlers(self) -> dict[ActionId, Any]:
        return {
            ActionId.NEW_SECTION: self.log_section,
            ActionId.EXPORT: self.export_workbook,
            ActionId.SYNC: self.sync_to_folder,
            ActionId.SYNC_FULL: lambda: self.sync_to_folder(full=True),
            ActionId.SYNC_AFTER_RESTORE: self.sync_after_restore,
            ActionId.MERGE: self.open_merge,
            ActionId.DIGEST: self.write_digests,
            ActionId.CONFLICTS: self.open_conflicts,
            ActionId.RESTORE: self.restore_from_backup,
            ActionId.PURGE: self.purge_personal_data,
            ActionId.KEYS: self.open_keys,
            ActionId.DUPLICATES: self.open_duplicates,
            ActionId.VERIFICATION: self.open_verification,
            ActionId.STATISTICS: self.open_statistics,
            ActionId.SAMPLE: self.open_sample,
            ActionId.VOTER_FILE: self.open_voters,
            ActionId.SETTINGS: self.open_settings,
            ActionId.OPERATORS: self.open_operators,
            ActionId.SWITCH_OPERATOR: self.lock,
            ActionId.QUIT: self.close,
            ActionId.UNDO: self.undo,
            ActionId.REDO: self.redo,
            ActionId.FIND: self.find_anything,
            ActionId.BLANK_LINE: lambda: self.keying.mark_line(LineMark.BLANK),
            ActionId.STRUCK_LINE: lambda: self.keying.mark_line(LineMark.STRUCK),
            ActionId.LINE_HISTORY: self.line_history,
            ActionId.CLOSE_SECTION: self.keying.close_section,
            ActionId.SHOW_DASHBOARD: lambda: self.show_page(self.dashboard),
            ActionId.SHOW_SECTIONS: lambda: self.show_page(self.section_list),
            ActionId.SHOW_KEYING: lambda: self.show_page(self.keying),
            ActionId.REFRESH: self.refresh,
            ActionId.ZOOM_IN: lambda: self.zoom_by(1),
            ActionId.ZOOM_OUT: lambda: self.zoom_by(-1),
            ActionId.ZOOM_RESET: lambda: self.zoom_by(0),
            **{a: partial(self.choose_theme, name) for a, name in THEME_ACTIONS.items()},
            ActionId.HELP: self.show_help,
            ActionId.ABOUT: self.about,
        }

    # ----- pages -----------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        if page is self.keying and self.keying.session is None:
            self.statusBar().showMessage(
                self.tr("No section is open: log one (Ctrl+N) or pick one."), 5000
            )
            page = self.section_list
        if page is self.section_list:
            self.section_list.refresh()
            self.section_list.table.setFocus()
        if page is self.dashboard:
            self.refresh()
        self.pages.setCurrentWidget(page)
        if page is self.keying:
            self.keying.entry.fields["first_name"].setFocus()

    def open_section(self, section_id: int, line_number: int | None = None) -> None:
        try:
            self.keying.open_section(section_id, line_number)
        except MessageError as error:
            self._failed(error)
            return
        self.pages.setCurrentWidget(self.keying)
        self.keying.entry.fields["first_name"].setFocus()
        self._update_actions()

    def apply_changes(self, changes: Changes) -> None:
        """Redraw what an operation changed (and only that)."""
        if changes.section_list and self.pages.currentWidget() is self.section_list:
            self.section_list.refresh()
        elif changes.section_list:
            self.section_list.stale = True
        if changes.figures and self.pages.currentWidget() is self.dashboard:
            self.refresh()
        if changes.undo:
            self._update_actions()

    def _update_actions(self) -> None:
        keying = self.pages.currentWidget() is self.keying and self.keying.session is not None
        editable = keying and self.keying.session is not None and self.keying.session.editable
        for action_id in KEYING_ACTIONS:
            self.actions_by_id[action_id].setEnabled(
                editable or (keying and action_id is ActionId.LINE_HISTORY)
            )
        self._update_role_actions()
        undo, redo = self.actions_by_id[ActionId.UNDO], self.actions_by_id[ActionId.REDO]
        undo.setEnabled(self.history.can_undo())
        redo.setEnabled(self.history.can_redo())
        undo_label, redo_label = self.history.undo_label(), self.history.redo_label()
        undo.setText(
            self.tr("&Undo {what}").format(what=say(undo_label)) if undo_label else self.tr("&Undo")
        )
        redo.setText(
            self.tr("&Redo {what}").format(what=say(redo_label)) if redo_label else self.tr("&Redo")
        )

    # ----- keying ----------------------------------------------------------------------

    def log_section(self) -> None:
        if self.ws.campaign is None:
            QMessageBox.information(
                self, self.tr("Not set up"), self.tr("Set up the campaign and office first.")
            )
            return
        dialog = IntakeDialog(self.ws, self.actor, self)
        if dialog.exec() and dialog.saved is not None:
            self.statusBar().showMessage(
                self.tr("Section {serial} logged.").format(serial=dialog.saved.section.serial),
                5000,
            )
            self.apply_changes(Changes(section_list=True, figures=True))
            self.open_section(dialog.saved.id)

    def _line_saved(self, _stored: object) -> None:
        self.keyed_today += 1
        self._show_identity()
        self.save_state.setText(self.tr("✓ Saved {time}").format(time=f"{datetime.now():%H:%M:%S}"))
        self._saves_since_checkpoint += 1
        if self._saves_since_checkpoint >= CHECKPOINT_EVERY:
            self._checkpoint()
        else:
            self.idle.start()

    def _keying_failed(self, error: BaseException) -> None:
        heading = error.message if isinstance(error, MessageError) else None
        text = say(heading) if heading is not None else type(error).__name__
        self.save_state.setText(self.tr("✗ Not saved"))
        self.statusBar().showMessage(self.tr("Not saved: {why}").format(why=text), 30_000)

    def _checkpoint(self) -> None:
        """Fold the WAL into the database while the volunteer pauses, not during a save."""
        try:
            self.ws.tidy()
            self._saves_since_checkpoint = 0
        except MessageError as error:
            self.statusBar().showMessage(
                self.tr("Could not tidy the database: {why}").format(why=say(error.message)),
                10_000,
            )

    def _section_closed(self) -> None:
        self.statusBar().showMessage(self.tr("Section closed as keyed."), 5000)
        self.show_page(self.section_list)

    def undo(self) -> None:
        self.keying.undo()
        self.pages.setCurrentWidget(self.keying)
        self._update_actions()

    def redo(self) -> None:
        self.keying.redo()
        self.pages.setCurrentWidget(self.keying)
        self._update_actions()

    def line_history(self) -> None:
        session = self.keying.session
        if session is None:
            return
        stored = session.line(self.keying.entry.number)
        if stored is None:
            self.statusBar().showMessage(self.tr("This line has not been saved yet."), 4000)
            return
        title = self.tr("History of line {line}, section {serial}").format(
            line=stored.line.line_number, serial=session.section.section.serial
        )
        HistoryDialog(self.ws, stored.line.uuid, title, self).exec()

    def find_anything(self) -> None:
        dialog = FindDialog(self.ws, self)
        if dialog.exec() and dialog.chosen is not None:
            self.open_section(dialog.chosen.section_id, dialog.chosen.line_number)

    def offer_resume(self) -> bool:
        """Offer to resume the section keying stopped in (after a crash or a close)."""
        candidate = queries.resume_candidate(self.ws)
        if candidate is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Resume keying?"),
            self.tr(
                "Keying stopped in section {serial} ({keyed} of {declared} lines saved). "
                "Resume where it stopped?"
            ).format(
                serial=candidate.section.serial,
                keyed=candidate.keyed_lines,
                declared=candidate.section.declared_lines,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_section(candidate.id)
            return True
        return False

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.ws, self.actor, self)
        dialog.changed.connect(self.apply_changes)
        dialog.show()
        return dialog

    def _show_identity(self) -> None:
        self.who.setText(
            self.tr("{operator} ({role}) · office {office}").format(
                operator=self.actor.operator, role=role_name(str(self.actor.role)),
                office=self.actor.office_code or "—",
            )
        )  # fmt: skip
        self.today.setText(
            translate("MainWindow", "%Ln line(s) keyed today", None, self.keyed_today)
        )

    # ----- dashboard and export ---------------------------------------------------------

    def refresh(self) -> None:
        self.dashboard.counting()
        today = date.today()
        ws = self.ws
        job = Job(lambda _progress, _cancelled: load_snapshot(ws, today))
        job.succeeded.connect(lambda result: self._show(result, today))
        job.failed.connect(self._failed)
        self._track(job).start()

    def _show(self, result: queries.Snapshot | None, today: date) -> None:
        if result is None:
            self.dashboard.show_empty(
                self.tr(
                    "The data folder {folder} holds no campaign yet. To explore RecallDesk "
                    'with a synthetic LA County drive, run: recalldesk --data-dir "{folder}" demo'
                ).format(folder=self.ws.folder)
            )
            self._has_campaign = False
            self._update_role_actions()
            return
        self._has_campaign = True
        self._update_role_actions()
        self.dashboard.show_figures(
            result.campaign, result.figures, result.progress, today, result.assessment
        )

    def show_help(self) -> HelpDialog:
        dialog = HelpDialog(self)
        dialog.show()
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr("{app} {version}\n\nData folder: {folder}\nDevice: {device}").format(
                app=APP_NAME,
                version=__version__,
                folder=self.ws.folder,
                device=self.ws.identity.device_id,
            ),
        )

    # ----- window state ----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.get(opts.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(opts.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        for job in list(self.jobs):
            job.cancel()
            job.wait()
        if self.settings is not None:
            self.settings.set(opts.WINDOW_GEOMETRY, self.saveGeometry())
            self.settings.set(opts.WINDOW_STATE, self.saveState())
            self.settings.sync()
        self._checkpoint()
        super().closeEvent(event)


__all__ = ["MainWindow", "show_error"]
