"""The main window's File menu work: export, sync, merge and digests.

Kept apart from :mod:`main_window` (which composes the pages) so each file
stays small; every item runs off the GUI thread behind a cancellable dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.core.work import Cancelled
from recalldesk.ops import backups, office_keys, purge
from recalldesk.ops.base import Changes
from recalldesk.ops.export import ExportResult, export_workbook
from recalldesk.ops.office_keys import Signer
from recalldesk.ops.purge import refuse_if_purged
from recalldesk.ops.workspace import Workspace
from recalldesk.ui import settings as opts
from recalldesk.ui.conflicts_dialog import ConflictsDialog
from recalldesk.ui.duplicates_window import DuplicatesWindow
from recalldesk.ui.errors import show_error
from recalldesk.ui.jobs import Job
from recalldesk.ui.keys_dialog import KeysDialog
from recalldesk.ui.purge_dialog import PurgeDialog
from recalldesk.ui.restore_dialog import RestoreDialog
from recalldesk.ui.sample_window import SampleWindow
from recalldesk.ui.sync_window import (
    MergeWindow,
    digest_message,
    digest_work,
    run_with_progress,
    sync_message,
    sync_work,
)
from recalldesk.ui.voters_window import VotersWindow
from recalldesk.wording import translate
from recalldesk.wording.export import export_texts
from recalldesk.wording.purge import purge_lines


class ExchangeMenu(QMainWindow):
    """The base of :class:`MainWindow`, which sets ``ws``, ``actor``, ``jobs``, ``settings``."""

    ws: Workspace
    actor: Actor
    jobs: list[Job]
    settings: opts.Settings | None
    reopen_after_close = False  # set by a restore: the app opens the restored database
    next_actor: Actor | None = None  # set by a change of language: the window rebuilt for them

    def refresh(self) -> None:
        """Recount the dashboard's figures (the main window does it)."""

    def apply_changes(self, changes: Changes) -> None:
        """Redraw what an operation changed (the main window does it)."""

    def _failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        show_error(self, error)

    def daily_backup(self) -> Job:
        """The day's backup, in the background, once the window is up (see ops.backups)."""
        ws = self.ws
        job = Job(lambda _progress, _cancelled: backups.take_daily_if_due(ws))
        # Bound methods: Qt drops the connection if the window is gone before the job ends.
        job.succeeded.connect(self._backup_taken)
        job.failed.connect(self._failed)
        self._track(job).start()
        return job

    def _backup_taken(self, path: Path | None) -> None:
        if path is not None and not self.statusBar().currentMessage():  # never over news
            self.statusBar().showMessage(
                self.tr("Today's backup is taken: {name}").format(name=path.name), 8000
            )

    def restore_from_backup(self) -> None:
        """File → Restore from a backup…: choose, confirm, swap, then reopen the window."""
        title = self.tr("Restore from a backup")
        if self.jobs:
            QMessageBox.information(
                self, title, self.tr("Wait for the work in progress to finish, then restore.")
            )
            return
        dialog = RestoreDialog(backups.list_backups(self.ws), self)
        if not dialog.exec() or dialog.chosen is None:
            return
        try:
            done = backups.restore_backup(self.ws, self.actor, dialog.chosen).value
        except MessageError as error:
            self._failed(error)
            return
        QMessageBox.information(
            self,
            title,
            self.tr(
                "The backup is restored, and RecallDesk opens it now. The file it replaced is "
                "kept as {kept}."
            ).format(kept=done.replaced_kept_at),
        )
        self.reopen_after_close = True
        self.close()

    def sync_to_folder(self, *, full: bool = False) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the central office"),
            opts.start_folder(self.settings, opts.FOLDER_SYNC),
        )
        if folder:
            opts.remember_folder(self.settings, opts.FOLDER_SYNC, Path(folder))
            self.start_sync(Path(folder), full=full)

    def sync_after_restore(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Sync everything again after a restore?"),
            self.tr(
                "Use this only when the central office refused this office's packet as "
                "reusing a number (the computer was restored from a backup). RecallDesk "
                "restarts its packet numbering and writes one packet with everything this "
                "office holds. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the central office"),
            opts.start_folder(self.settings, opts.FOLDER_SYNC),
        )  # fmt: skip
        if folder:
            opts.remember_folder(self.settings, opts.FOLDER_SYNC, Path(folder))
            self.start_sync(Path(folder), after_restore=True)

    def own_key(self) -> tuple[bool, Signer | None]:
        """(go on, signer): this database's own key unlocked, asking its password when it
        has one; (False, None) when the person cancels."""
        if not office_keys.own_fingerprint(self.ws):
            return True, None
        while True:
            typed, ok = QInputDialog.getText(
                self, self.tr("Unlock this computer's key"),
                self.tr("What this computer sends is signed with its own key. Password:"),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if not ok:
                return False, None
            try:
                return True, office_keys.unlock(self.ws, typed)
            except MessageError as error:
                show_error(self, error)

    def start_sync(
        self, folder: Path, *, full: bool = False, after_restore: bool = False
    ) -> Job | None:
        go_on, signer = self.own_key()
        if not go_on:
            return None

        def done(result: Any) -> None:
            self.ws.reload()  # a restart after a restore gave the database a new device id
            self.statusBar().showMessage(sync_message(result), 15_000)
            self.apply_changes(Changes(section_list=True, figures=True))

        return self._track(run_with_progress(
            self, self.ws, self.tr("Writing the sync packet…"),
            sync_work(folder, self.actor, full, after_restore, signer), done, self._failed,
        ))  # fmt: skip

    def open_merge(self) -> MergeWindow:
        window = MergeWindow(self.ws, self.actor, self, settings=self.settings)
        window.finished.connect(lambda _code: self.refresh())
        window.show()
        return window

    def write_digests(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the offices' digests"),
            opts.start_folder(self.settings, opts.FOLDER_DIGEST),
        )
        if folder:
            opts.remember_folder(self.settings, opts.FOLDER_DIGEST, Path(folder))
            go_on, signer = self.own_key()
            if not go_on:
                return
            self._track(run_with_progress(
                self, self.ws, self.tr("Writing digests…"),
                digest_work(Path(folder), self.actor, signer),
                lambda written: self.statusBar().showMessage(digest_message(written), 15_000),
                self._failed,
            ))  # fmt: skip

    def purge_personal_data(self) -> None:
        """File → Purge personal data…: what goes, a typed word, then the purge (off the
        GUI thread: a county drive and its backups take minutes)."""
        title = self.tr("Purge personal data")
        if self.jobs:
            QMessageBox.information(
                self, title, self.tr("Wait for the work in progress to finish, then purge.")
            )
            return
        try:
            refuse_if_purged(self.ws)
        except MessageError as error:
            self._failed(error)
            return
        dialog = PurgeDialog(purge.preview(self.ws), self)
        if not dialog.exec():
            return
        actor = self.actor

        def work(ws: Workspace, progress: Any, _cancelled: Any) -> purge.Purged:
            return purge.purge_drive(ws, actor, progress=progress).value

        def done(result: purge.Purged) -> None:
            self.apply_changes(Changes(section_list=True, figures=True, campaign=True))
            self.refresh()
            QMessageBox.information(self, title, "\n".join(purge_lines(result)))

        self._track(run_with_progress(
            self, self.ws, self.tr("Purging personal data…"), work, done, self._failed
        ))  # fmt: skip

    def open_keys(self) -> KeysDialog:
        dialog = KeysDialog(self.ws, self.actor, self)
        dialog.changed.connect(self.apply_changes)
        dialog.show()
        return dialog

    def open_duplicates(self) -> DuplicatesWindow:
        window = DuplicatesWindow(self.ws, self.actor, self)
        window.changed.connect(self.apply_changes)
        window.show()
        return window

    def open_sample(self) -> SampleWindow:
        window = SampleWindow(self.ws, self.actor, self)
        window.changed.connect(self.apply_changes)
        window.show()
        return window

    def open_voters(self) -> VotersWindow:
        window = VotersWindow(self.ws, self.actor, self)
        window.changed.connect(self.apply_changes)
        window.show()
        return window

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.ws, self.actor, self)
        dialog.show()
        return dialog

    def _track(self, job: Job) -> Job:
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job))
        return job

    def export_workbook(self) -> None:
        suggested = str(
            Path(opts.start_folder(self.settings, opts.FOLDER_EXPORT))
            / f"recalldesk-{date.today():%Y%m%d}.xlsx"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export campaign workbook"), suggested,
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if name:
            target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
            opts.remember_folder(self.settings, opts.FOLDER_EXPORT, target.parent)
            self.start_export(target)

    def start_export(self, target: Path) -> Job:
        dialog = QProgressDialog(
            self.tr("Exporting the campaign workbook…"), self.tr("Cancel"), 0, 100, self
        )
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setMinimumDuration(300)
        ws, actor = self.ws, self.actor
        job = Job(
            lambda progress, cancelled: (
                export_workbook(
                    ws, actor, target, texts=export_texts(), progress=progress, cancelled=cancelled
                ).value
            )
        )

        def on_progress(done: int, total: int) -> None:
            dialog.setValue(int(100 * done / total) if total else 100)

        def on_done(result: ExportResult) -> None:
            dialog.close()
            self.statusBar().showMessage(
                translate(
                    "ExchangeMenu", "Exported %Ln line(s) and {sections} sections to {path}",
                    None, result.lines,
                ).format(sections=f"{result.sections:,}", path=result.path),
                10_000,
            )  # fmt: skip

        def on_failed(error: BaseException) -> None:
            dialog.close()
            if isinstance(error, Cancelled):
                self.statusBar().showMessage(
                    self.tr("Export cancelled; no file was written."), 10_000
                )
            else:
                self._failed(error)

        job.progress.connect(on_progress)
        job.succeeded.connect(on_done)
        job.failed.connect(on_failed)
        dialog.canceled.connect(job.cancel)
        self._track(job).start()
        return job
