"""Central's conflict list: two offices' edits with the same version, side by side."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recalldesk.store import sync_conflicts
from recalldesk.store.audit import Actor
from recalldesk.store.connection import Database
from recalldesk.store.errors import StorageError
from recalldesk.store.sync_conflicts import INCOMING, LOCAL, Conflict


def conflict_html(conflict: Conflict) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(col)}</td><td>{html.escape(old)}</td>"
        f"<td><b>{html.escape(new)}</b></td></tr>"
        for col, (old, new) in sorted(conflict.differences.items())
    )
    note = (
        "<p><i>A newer version has arrived since: this conflict no longer decides anything.</i></p>"
        if conflict.superseded
        else ""
    )
    return (
        f"<p>{html.escape(conflict.entity)} {html.escape(conflict.uuid)}, version "
        f"{conflict.version}, from packet {html.escape(conflict.file_name)}</p>{note}"
        f"<table cellpadding='4'><tr><th>Column</th><th>Kept here</th><th>Incoming</th></tr>"
        f"{rows}</table>"
    )


class ConflictsDialog(QDialog):
    """Pick a conflict, read both versions, keep one. Each choice is audited."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge conflicts")
        self.db, self.actor = db, actor
        self.list = QListWidget()
        self.list.setAccessibleName("Open conflicts")
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("The two versions")
        self.keep_local = QPushButton("Keep the version &here")
        self.take_incoming = QPushButton("Take the &incoming version")
        self.keep_local.clicked.connect(lambda: self.resolve(LOCAL))
        self.take_incoming.clicked.connect(lambda: self.resolve(INCOMING))
        self.list.currentItemChanged.connect(self._show)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.take_incoming)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(760, 560)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        conflicts = sync_conflicts.list_conflicts(self.db)
        for conflict in conflicts:
            item = QListWidgetItem(
                f"#{conflict.id} {conflict.entity} {conflict.uuid[:8]}… "
                f"({len(conflict.differences)} columns differ) — {conflict.file_name}"
            )
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            self.list.addItem(item)
        self.summary.setText(
            f"{len(conflicts)} open conflicts" if conflicts else "No open conflicts."
        )
        if conflicts:
            self.list.setCurrentRow(0)
        else:
            self.detail.clear()
        for button in (self.keep_local, self.take_incoming):
            button.setEnabled(bool(conflicts))

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.detail.setHtml(conflict_html(item.data(Qt.ItemDataRole.UserRole)))

    def resolve(self, choice: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        conflict: Conflict = item.data(Qt.ItemDataRole.UserRole)
        try:
            sync_conflicts.resolve_conflict(self.db, self.actor, conflict.id, choice)
        except (ValueError, KeyError, StorageError) as error:
            QMessageBox.warning(self, "Not resolved", str(getattr(error, "message", error)))
            return
        self.reload()
