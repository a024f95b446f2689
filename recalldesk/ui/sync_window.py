"""Sending and receiving files: an office's sync packet, central's merge and digests.

Each runs on a worker thread with its own connection to the campaign file (a
connection belongs to the thread that opened it), behind a progress dialog
that can cancel; the GUI's own connection stays idle meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recalldesk.exchange.digest import import_digests_from, write_digests
from recalldesk.exchange.merge import merge_packets
from recalldesk.exchange.merge_report import MergeReport
from recalldesk.exchange.packet_write import write_packet
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database, open_database
from recalldesk.ui.jobs import Job

Work = Callable[[Database, Callable[[int, int], None], Callable[[], bool]], Any]


def run_with_progress(
    parent: QWidget,
    db_path: Path,
    label: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Job:
    """Run ``work(db, progress, cancelled)`` on a worker thread with its own connection."""
    dialog = QProgressDialog(label, "Cancel", 0, 100, parent)
    dialog.setWindowTitle(label.rstrip("…"))
    dialog.setMinimumDuration(300)

    def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        db = open_database(db_path)
        try:
            return work(db, progress, cancelled)
        finally:
            db.close()

    job = Job(run, parent)
    job.progress.connect(
        lambda done, total: dialog.setValue(int(100 * done / total) if total else 0)
    )
    job.succeeded.connect(dialog.close)
    job.succeeded.connect(on_done)
    job.failed.connect(dialog.close)
    job.failed.connect(on_failed)
    dialog.canceled.connect(job.cancel)
    job.start()
    return job


def sync_work(folder: Path, actor: Actor, full: bool) -> Work:
    """Write the office's next packet to ``folder``, then take any central digest there."""

    def work(
        db: Database, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
    ) -> Any:
        written = write_packet(db, folder, full=full, progress=progress, cancelled=cancelled)
        digest = import_digests_from(db, actor, folder)
        return written, digest

    return work


def sync_message(result: Any) -> str:
    written, digest = result
    if written.path is None:
        text = f"Nothing new since packet {written.sequence}: no packet written."
    else:
        text = f"Wrote packet {written.sequence} ({written.total_rows:,} rows) to {written.path}."
    if digest is not None:
        text += f" Central digest: {digest.message} ({digest.decisions:,} decisions)."
    return text


class MergeWindow(QDialog):
    """Central's merge: pick packet files or folders, merge, read the report."""

    def __init__(self, db_path: Path, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge office packets")
        self.db_path, self.actor = db_path, actor
        self.sources: list[Path] = []
        self.report: MergeReport | None = None
        self.job: Job | None = None
        self.list = QListWidget()
        self.list.setAccessibleName("Files and folders to merge")
        add_files = QPushButton("Add &files…")
        add_files.clicked.connect(self.add_files)
        add_folder = QPushButton("Add f&older…")
        add_folder.clicked.connect(self.add_folder)
        self.merge_button = QPushButton("&Merge")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setAccessibleName("Merge report")
        self.output.setFont(QFont("monospace"))
        self.output.setPlaceholderText("The merge report appears here.")
        buttons = QHBoxLayout()
        for button in (add_files, add_folder, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        caption = QLabel("Packets (.recalldesk.xlsx) from the offices, as files or whole folders:")
        caption.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.output, 2)
        layout.addWidget(close)
        self.resize(820, 560)

    def add_sources(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.sources:
                self.sources.append(path)
                self.list.addItem(str(path))

    def add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, "Packets to merge", "", "RecallDesk packets (*.xlsx)"
        )
        self.add_sources([Path(n) for n in names])

    def add_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Folder of packets")
        if name:
            self.add_sources([Path(name)])

    def merge(self) -> Job | None:
        if not self.sources:
            self.output.setPlainText("Add packet files or a folder first.")
            return None
        sources, actor = list(self.sources), self.actor
        self.merge_button.setEnabled(False)

        def work(db: Database, progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> MergeReport:  # fmt: skip
            return merge_packets(db, actor, sources, progress=progress, cancelled=cancelled)

        self.job = run_with_progress(
            self, self.db_path, "Merging packets…", work, self._done, self._failed
        )
        return self.job

    def _done(self, report: MergeReport) -> None:
        self.report = report
        self.output.setPlainText("\n".join(report.text()))
        self.merge_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.output.setPlainText(f"Nothing was merged: {getattr(error, 'message', error)}")
        self.merge_button.setEnabled(True)


def digest_work(folder: Path) -> Work:
    def work(
        db: Database, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
    ) -> Any:
        return write_digests(db, folder, progress=progress, cancelled=cancelled)

    return work


def digest_message(written: list[Any]) -> str:
    if not written:
        return "No office has sent a packet yet: no digest written."
    return f"Wrote {len(written)} digests to {written[0].path.parent}."
