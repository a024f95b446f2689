"""The main window's File menu work: export, sync, merge and digests.

Kept apart from :mod:`main_window` (which composes the pages) so each file
stays small; every item runs off the GUI thread behind a cancellable dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from recalldesk.exchange.export import ExportCancelled, ExportResult, export_workbook
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database
from recalldesk.ui.conflicts_dialog import ConflictsDialog
from recalldesk.ui.jobs import Job
from recalldesk.ui.sync_window import (
    MergeWindow,
    digest_message,
    digest_work,
    run_with_progress,
    sync_message,
    sync_work,
)


class ExchangeMenu(QMainWindow):
    """The base of :class:`MainWindow`, which sets ``db``, ``actor`` and ``jobs``."""

    db: Database
    actor: Actor
    jobs: list[Job]

    def refresh(self) -> None:
        """Recount the dashboard's figures (the main window does it)."""

    def _failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        title = getattr(error, "title", "Something went wrong")
        QMessageBox.warning(self, title, getattr(error, "message", str(error)))

    def sync_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the central office")
        if folder:
            self.start_sync(Path(folder))

    def start_sync(self, folder: Path, *, full: bool = False) -> Job:
        return self._track(run_with_progress(
            self, self.db.path, "Writing the sync packet…", sync_work(folder, self.actor, full),
            lambda result: self.statusBar().showMessage(sync_message(result), 15_000),
            self._failed,
        ))  # fmt: skip

    def open_merge(self) -> MergeWindow:
        window = MergeWindow(self.db.path, self.actor, self)
        window.finished.connect(lambda _code: self.refresh())
        window.show()
        return window

    def write_digests(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the offices' digests")
        if folder:
            self._track(run_with_progress(
                self, self.db.path, "Writing digests…", digest_work(Path(folder)),
                lambda written: self.statusBar().showMessage(digest_message(written), 15_000),
                self._failed,
            ))  # fmt: skip

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.db, self.actor, self)
        dialog.show()
        return dialog

    def _track(self, job: Job) -> Job:
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job))
        return job

    def export_workbook(self) -> None:
        suggested = str(Path.home() / f"recalldesk-{date.today():%Y%m%d}.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, "Export campaign workbook", suggested, "Excel workbook (*.xlsx)"
        )
        if name:
            target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
            self.start_export(target)

    def start_export(self, target: Path) -> Job:
        dialog = QProgressDialog("Exporting the campaign workbook…", "Cancel", 0, 100, self)
        dialog.setWindowTitle("Export")
        dialog.setMinimumDuration(300)
        job = Job(
            lambda progress, cancelled: export_workbook(
                self.db, target, progress=progress, cancelled=cancelled
            )
        )

        def on_progress(done: int, total: int) -> None:
            dialog.setValue(int(100 * done / total) if total else 100)

        def on_done(result: ExportResult) -> None:
            dialog.close()
            self.statusBar().showMessage(
                f"Exported {result.lines:,} lines and {result.sections:,} sections to "
                f"{result.path}",
                10_000,
            )

        def on_failed(error: BaseException) -> None:
            dialog.close()
            if isinstance(error, ExportCancelled):
                self.statusBar().showMessage("Export cancelled; no file was written.", 10_000)
            else:
                self._failed(error)

        job.progress.connect(on_progress)
        job.succeeded.connect(on_done)
        job.failed.connect(on_failed)
        dialog.canceled.connect(job.cancel)
        self._track(job).start()
        return job
