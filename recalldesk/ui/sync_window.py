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

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.ops import digests, merge, sync
from recalldesk.ops.base import Done
from recalldesk.ops.merge import MergeReport
from recalldesk.ops.office_keys import Signer
from recalldesk.ops.workspace import Workspace
from recalldesk.ui import settings as opts
from recalldesk.ui.errors import describe
from recalldesk.ui.jobs import Job
from recalldesk.wording import translate
from recalldesk.wording.merge import report_lines
from recalldesk.wording.sync import digest_imported

Work = Callable[[Workspace, Callable[[int, int], None], Callable[[], bool]], Any]


def run_with_progress(
    parent: QWidget,
    ws: Workspace,
    label: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Job:
    """Run ``work(ws, progress, cancelled)`` on a worker thread with its own connection."""
    dialog = QProgressDialog(label, translate("SyncWindow", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(label.rstrip("…"))
    dialog.setMinimumDuration(300)

    def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        own = ws.sibling()
        try:
            return work(own, progress, cancelled)
        finally:
            own.close()

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


def sync_work(
    folder: Path, actor: Actor, full: bool, after_restore: bool = False,
    signer: Signer | None = None,
) -> Work:  # fmt: skip
    """Write the office's next packet to ``folder`` (signed with ``signer``, the office's
    own key when it has one), then take any central digest there."""

    def work(
        ws: Workspace, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
    ) -> Any:
        written = sync.write_packet(
            ws, actor, folder, full=full, after_restore=after_restore, progress=progress,
            cancelled=cancelled, signer=signer,
        )  # fmt: skip
        try:
            digest: Done[Any] | MessageError = sync.import_digests_from(ws, actor, folder)
        except MessageError as error:  # the packet is written; say why the digest was not taken
            digest = error
        return written.value, digest

    return work


def sync_message(result: Any) -> str:
    written, digest = result
    if written.path is None:
        text = translate(
            "SyncWindow", "Nothing new since packet {sequence}: no packet written."
        ).format(sequence=written.sequence)
    else:
        text = translate(
            "SyncWindow", "Wrote packet {sequence} (%Ln row(s)) to {path}.", None,
            written.total_rows,
        ).format(sequence=written.sequence, path=written.path)  # fmt: skip
    if isinstance(digest, MessageError):
        text += " " + translate("SyncWindow", "Central digest not imported: {why}").format(
            why=describe(digest)[1]
        )
    elif digest.value is not None:
        text += " " + digest_imported(digest.value)
    return text


class MergeWindow(QDialog):
    """Central's merge: pick packet files or folders, merge, read the report."""

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        settings: opts.Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge office packets"))
        self.ws, self.actor, self.settings = ws, actor, settings
        self.sources: list[Path] = []
        self.report: MergeReport | None = None
        self.job: Job | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Files and folders to merge"))
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self.add_files)
        add_folder = QPushButton(self.tr("Add f&older…"))
        add_folder.clicked.connect(self.add_folder)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setAccessibleName(self.tr("Merge report"))
        self.output.setFont(QFont("monospace"))
        self.output.setPlaceholderText(self.tr("The merge report appears here."))
        buttons = QHBoxLayout()
        for button in (add_files, add_folder, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        caption = QLabel(
            self.tr("Packets (.recalldesk.xlsx) from the offices, as files or whole folders:")
        )
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
            self, self.tr("Packets to merge"), opts.start_folder(self.settings, opts.FOLDER_MERGE),
            self.tr("RecallDesk packets (*.xlsx)"),
        )  # fmt: skip
        if names:
            opts.remember_folder(self.settings, opts.FOLDER_MERGE, Path(names[0]))
        self.add_sources([Path(n) for n in names])

    def add_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of packets"), opts.start_folder(self.settings, opts.FOLDER_MERGE)
        )
        if name:
            opts.remember_folder(self.settings, opts.FOLDER_MERGE, Path(name))
            self.add_sources([Path(name)])

    def merge(self) -> Job | None:
        if not self.sources:
            self.output.setPlainText(self.tr("Add packet files or a folder first."))
            return None
        sources, actor = list(self.sources), self.actor
        self.merge_button.setEnabled(False)

        def work(ws: Workspace, progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> MergeReport:  # fmt: skip
            return merge.merge_packets(
                ws, actor, sources, progress=progress, cancelled=cancelled
            ).value

        self.job = run_with_progress(
            self, self.ws, self.tr("Merging packets…"), work, self._done, self._failed
        )
        return self.job

    def _done(self, report: MergeReport) -> None:
        self.report = report
        self.output.setPlainText("\n".join(report_lines(report)))
        self.merge_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.output.setPlainText(
            self.tr("Nothing was merged: {why}").format(why=describe(error)[1])
        )
        self.merge_button.setEnabled(True)


def digest_work(folder: Path, actor: Actor, signer: Signer | None = None) -> Work:
    def work(
        ws: Workspace, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
    ) -> Any:
        return digests.write_digests(
            ws, actor, folder, progress=progress, cancelled=cancelled, signer=signer
        ).value

    return work


def digest_message(written: list[Any]) -> str:
    if not written:
        return translate("SyncWindow", "No office has sent a packet yet: no digest written.")
    return translate("SyncWindow", "Wrote %Ln digest(s) to {folder}.", None, len(written)).format(
        folder=written[0].path.parent
    )
