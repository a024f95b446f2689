"""The main window: dashboard, section list and keying, with the app's menus.

Widgets get narrow dependencies (the database, the ZIP table, who is keying);
long reads (the dashboard's figures, export) run off the GUI thread.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
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
from recalldesk.core.records import LineMark, Operator
from recalldesk.core.zipdata import ZipTable
from recalldesk.exchange.export import progress_of
from recalldesk.store import lines, people, sections, stats
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database, open_database
from recalldesk.store.errors import StorageError
from recalldesk.store.people import Stored
from recalldesk.store.setup import Role, actor_for, role
from recalldesk.store.undo import UndoHistory
from recalldesk.ui import settings as opts
from recalldesk.ui.actions import MENU_ORDER, SPECS, ActionId, build_actions
from recalldesk.ui.dashboard import Dashboard
from recalldesk.ui.exchange_menu import ExchangeMenu
from recalldesk.ui.find_dialog import FindDialog
from recalldesk.ui.history_dialog import HistoryDialog
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.jobs import Job
from recalldesk.ui.keying.keying_view import KeyingView
from recalldesk.ui.operator_dialog import OperatorDialog
from recalldesk.ui.section_list import SectionList

KEYING_ACTIONS = (
    ActionId.BLANK_LINE,
    ActionId.STRUCK_LINE,
    ActionId.LINE_HISTORY,
    ActionId.CLOSE_SECTION,
)
# Checkpoint after this many saves even if keying never pauses (it always does).
CHECKPOINT_EVERY = 2000


def load_figures(path: Path, today: date) -> Any:
    """Read the campaign and its figures through a read-only connection."""
    reader = open_database(path, readonly=True)
    try:
        campaign = get_campaign(reader)
        if campaign is None:
            return None
        with reader.snapshot() as conn:
            figures = stats.figures(conn)
        return campaign, figures, progress_of(campaign, figures, today)
    finally:
        reader.close()


class MainWindow(ExchangeMenu):
    def __init__(
        self,
        db: Database,
        zips: ZipTable,
        operator: Stored[Operator] | None = None,
        settings: opts.Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.zips, self.settings = db, zips, settings
        self.jobs: list[Job] = []
        self.operator = operator or Stored(0, Operator("unknown"))
        self.actor = actor_for(db, self.operator)
        self.history = UndoHistory(db, zips)
        self.keyed_today = lines.keyed_on(db, _today(), self.operator.id) if operator else 0
        self._saves_since_checkpoint = 0
        self.setWindowTitle(f"{APP_NAME} — {db.meta('office_code') or db.path.parent}")

        self.dashboard = Dashboard()
        self.section_list = SectionList(db)
        self.section_list.open_section.connect(self.open_section)
        self.keying = KeyingView(db, zips, self.actor, self.history)
        self.keying.saved.connect(self._line_saved)
        self.keying.history_changed.connect(self._update_actions)
        self.keying.closed.connect(self._section_closed)
        self.pages = QStackedWidget()
        for page in (self.dashboard, self.section_list, self.keying):
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())
        self.setCentralWidget(self.pages)

        self.actions_by_id = build_actions(self, self._handlers())
        menus = {name: self.menuBar().addMenu(name) for name in MENU_ORDER}
        for action_id, action in self.actions_by_id.items():
            menus[SPECS[action_id].menu].addAction(action)
        central = role(db) is Role.CENTRAL
        self.actions_by_id[ActionId.SYNC].setEnabled(not central)
        self.actions_by_id[ActionId.MERGE].setEnabled(central)
        self.actions_by_id[ActionId.DIGEST].setEnabled(central)
        self.actions_by_id[ActionId.CONFLICTS].setEnabled(central)
        self.keying.entry.pass_through = {
            s.toString() for a in KEYING_ACTIONS for s in self.actions_by_id[a].shortcuts()
        }

        self.who = QLabel()
        self.who.setAccessibleName("Operator and office")
        self.today = QLabel()
        self.today.setAccessibleName("Lines keyed today")
        self.save_state = QLabel("All changes saved")
        self.save_state.setAccessibleName("Save state")
        for label in (self.who, self.today, self.save_state):
            self.statusBar().addPermanentWidget(label)
        self._show_identity()

        db.set_autocheckpoint(0)  # checkpoints run when keying pauses: see _checkpoint
        self.idle = QTimer(self, singleShot=True)
        self.idle.setInterval(settings.get(opts.IDLE_CHECKPOINT_MS) if settings else 2000)
        self.idle.timeout.connect(self._checkpoint)
        self.resize(1180, 720)
        self._restore_geometry()
        self._update_actions()
        self.refresh()

    def _handlers(self) -> dict[ActionId, Any]:
        return {
            ActionId.NEW_SECTION: self.log_section,
            ActionId.EXPORT: self.export_workbook,
            ActionId.SYNC: self.sync_to_folder,
            ActionId.MERGE: self.open_merge,
            ActionId.DIGEST: self.write_digests,
            ActionId.CONFLICTS: self.open_conflicts,
            ActionId.SWITCH_OPERATOR: self.switch_operator,
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
            ActionId.ABOUT: self.about,
        }

    # ----- pages -----------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        if page is self.keying and self.keying.session is None:
            self.statusBar().showMessage("No section is open: log one (Ctrl+N) or pick one.", 5000)
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
        except StorageError as error:
            self._failed(error)
            return
        self.pages.setCurrentWidget(self.keying)
        self.keying.entry.fields["first_name"].setFocus()
        self._update_actions()

    def _update_actions(self) -> None:
        keying = self.pages.currentWidget() is self.keying and self.keying.session is not None
        for action_id in KEYING_ACTIONS:
            self.actions_by_id[action_id].setEnabled(keying)
        undo, redo = self.actions_by_id[ActionId.UNDO], self.actions_by_id[ActionId.REDO]
        undo.setEnabled(self.history.can_undo())
        redo.setEnabled(self.history.can_redo())
        undo.setText(f"&Undo {self.history.undo_label()}".strip())
        redo.setText(f"&Redo {self.history.redo_label()}".strip())

    # ----- keying ----------------------------------------------------------------------

    def log_section(self) -> None:
        campaign = get_campaign(self.db)
        offices = [
            o for o in people.list_offices(self.db) if o.value.code == self.actor.office_code
        ]
        if campaign is None or not offices:
            QMessageBox.information(self, "Not set up", "Set up the campaign and office first.")
            return
        dialog = IntakeDialog(self.db, self.actor, campaign, offices[0].id, self)
        if dialog.exec() and dialog.saved is not None:
            self.statusBar().showMessage(f"Section {dialog.saved.section.serial} logged.", 5000)
            self.open_section(dialog.saved.id)

    def _line_saved(self, _stored: object) -> None:
        self.keyed_today += 1
        self._show_identity()
        self.save_state.setText(f"✓ Saved {datetime.now():%H:%M:%S}")
        self._saves_since_checkpoint += 1
        if self._saves_since_checkpoint >= CHECKPOINT_EVERY:
            self._checkpoint()
        else:
            self.idle.start()
        self._update_actions()

    def _checkpoint(self) -> None:
        """Fold the WAL into the database while the volunteer pauses, not during a save."""
        try:
            self.db.checkpoint("PASSIVE")
            self._saves_since_checkpoint = 0
        except StorageError as error:
            self.statusBar().showMessage(f"Could not tidy the database: {error.message}", 10_000)

    def _section_closed(self) -> None:
        self.statusBar().showMessage("Section closed as keyed.", 5000)
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
            self.statusBar().showMessage("This line has not been saved yet.", 4000)
            return
        title = (
            f"History of line {stored.line.line_number}, section {session.section.section.serial}"
        )
        HistoryDialog(self.db, stored.line.uuid, title, self).exec()

    def find_anything(self) -> None:
        dialog = FindDialog(self.db, self)
        if dialog.exec() and dialog.chosen is not None:
            self.open_section(dialog.chosen.section_id, dialog.chosen.line_number)

    def offer_resume(self) -> bool:
        """Offer to resume the section keying stopped in (after a crash or a close)."""
        candidate = sections.resume_candidate(self.db)
        if candidate is None:
            return False
        answer = QMessageBox.question(
            self,
            "Resume keying?",
            f"Keying stopped in section {candidate.section.serial} "
            f"({candidate.keyed_lines} of {candidate.section.declared_lines} lines saved). "
            "Resume where it stopped?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_section(candidate.id)
            return True
        return False

    def switch_operator(self) -> None:
        offices = [
            o for o in people.list_offices(self.db) if o.value.code == self.actor.office_code
        ]
        if not offices:
            return
        dialog = OperatorDialog(self.db, offices[0].id, self)
        if dialog.exec() and dialog.chosen is not None:
            self.operator = dialog.chosen
            self.actor = actor_for(self.db, dialog.chosen)
            self.keying.actor = self.actor
            if self.keying.session is not None:
                self.keying.session.actor = self.actor
            self.keyed_today = lines.keyed_on(self.db, _today(), self.operator.id)
            self._show_identity()

    def _show_identity(self) -> None:
        self.who.setText(f"{self.operator.value.name} · office {self.actor.office_code or '—'}")
        self.today.setText(f"{self.keyed_today:,} lines keyed today")

    # ----- dashboard and export ---------------------------------------------------------

    def refresh(self) -> None:
        self.statusBar().showMessage("Counting…")
        today = date.today()
        job = Job(lambda _progress, _cancelled: load_figures(self.db.path, today))
        job.succeeded.connect(lambda result: self._show(result, today))
        job.failed.connect(self._failed)
        self._track(job).start()

    def _show(self, result: Any, today: date) -> None:
        self.statusBar().clearMessage()
        if result is None:
            self.dashboard.show_empty(
                f"The data folder {self.db.path.parent} holds no campaign yet. To explore "
                "RecallDesk with a synthetic LA County drive, run: "
                f'recalldesk --data-dir "{self.db.path.parent}" demo'
            )
            self.actions_by_id[ActionId.EXPORT].setEnabled(False)
            return
        self.actions_by_id[ActionId.EXPORT].setEnabled(True)
        campaign, figures, progress = result
        self.dashboard.show_figures(campaign, figures, progress, today)

    def about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nData folder: {self.db.path.parent}\n"
            f"Device: {self.db.meta('device_id')}",
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


def _today() -> str:
    return datetime.now(UTC).date().isoformat()
