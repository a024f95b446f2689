"""The main window: campaign dashboard, export, and the app's menus."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from recalldesk import APP_NAME, __version__
from recalldesk.exchange.export import ExportCancelled, ExportResult, export_workbook, progress_of
from recalldesk.store import stats
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database, open_database
from recalldesk.ui.actions import ActionId, build_actions
from recalldesk.ui.dashboard import Dashboard
from recalldesk.ui.jobs import Job


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


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.jobs: list[Job] = []
        self.setWindowTitle(f"{APP_NAME} — {db.path.parent}")
        self.dashboard = Dashboard()
        self.setCentralWidget(self.dashboard)
        self.actions_by_id = build_actions(
            self,
            {
                ActionId.EXPORT: self.export_workbook,
                ActionId.REFRESH: self.refresh,
                ActionId.QUIT: self.close,
                ActionId.ABOUT: self.about,
            },
        )
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.actions_by_id[ActionId.EXPORT])
        file_menu.addSeparator()
        file_menu.addAction(self.actions_by_id[ActionId.QUIT])
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.actions_by_id[ActionId.REFRESH])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.actions_by_id[ActionId.ABOUT])
        office = db.meta("office_code") or "office not set up"
        self.identity = QLabel(f"Office: {office} · Database: {db.path}")
        self.identity.setAccessibleName("Office and database")
        self.statusBar().addPermanentWidget(self.identity)
        self.resize(1100, 640)
        self.refresh()

    def _run(self, job: Job) -> Job:
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job))
        job.start()
        return job

    def refresh(self) -> None:
        self.statusBar().showMessage("Counting…")
        today = date.today()
        job = Job(lambda _progress, _cancelled: load_figures(self.db.path, today))
        job.succeeded.connect(lambda result: self._show(result, today))
        job.failed.connect(self._failed)
        self._run(job)

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

    def export_workbook(self) -> None:
        suggested = str(Path.home() / f"recalldesk-{date.today():%Y%m%d}.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, "Export campaign workbook", suggested, "Excel workbook (*.xlsx)"
        )
        if name:
            self.start_export(
                Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
            )

    def start_export(self, target: Path) -> Job:
        dialog = QProgressDialog("Exporting the campaign workbook…", "Cancel", 0, 100, self)
        dialog.setWindowTitle("Export")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
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
        return self._run(job)

    def _failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        title = getattr(error, "title", "Something went wrong")
        QMessageBox.warning(self, title, str(error))

    def about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nData folder: {self.db.path.parent}\n"
            f"Device: {self.db.meta('device_id')}",
        )

    def closeEvent(self, event: Any) -> None:
        for job in list(self.jobs):
            job.cancel()
            job.wait()
        super().closeEvent(event)
