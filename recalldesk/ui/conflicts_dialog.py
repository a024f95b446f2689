"""Central's conflict list: two offices' edits with the same version, side by side."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.ops import conflicts
from recalldesk.ops.conflicts import INCOMING, LOCAL, Conflict
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.errors import show_error
from recalldesk.wording import translate


def conflict_html(conflict: Conflict) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(col)}</td><td>{html.escape(old)}</td>"
        f"<td><b>{html.escape(new)}</b></td></tr>"
        for col, (old, new) in sorted(conflict.differences.items())
    )
    note = (
        "<p><i>"
        + html.escape(
            QCoreApplication.translate(
                "ConflictsDialog",
                "A newer version has arrived since: this conflict no longer decides anything.",
            )
        )
        + "</i></p>"
        if conflict.superseded
        else ""
    )
    heading = QCoreApplication.translate(
        "ConflictsDialog", "{entity} {uuid}, version {version}, from packet {file}"
    ).format(
        entity=conflict.entity, uuid=conflict.uuid, version=conflict.version,
        file=conflict.file_name,
    )  # fmt: skip
    columns = (
        QCoreApplication.translate("ConflictsDialog", "Column"),
        QCoreApplication.translate("ConflictsDialog", "Kept here"),
        QCoreApplication.translate("ConflictsDialog", "Incoming"),
    )
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    return (
        f"<p>{html.escape(heading)}</p>{note}<table cellpadding='4'><tr>{head}</tr>{rows}</table>"
    )


class ConflictsDialog(QDialog):
    """Pick a conflict, read both versions, keep one. Each choice is audited."""

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.ws, self.actor = ws, actor
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The two versions"))
        self.keep_local = QPushButton(self.tr("Keep the version &here"))
        self.take_incoming = QPushButton(self.tr("Take the &incoming version"))
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
        found = conflicts.list_conflicts(self.ws)
        for conflict in found:
            item = QListWidgetItem(
                self.tr("#{id} {entity} {uuid}… ({columns} columns differ) — {file}").format(
                    id=conflict.id, entity=conflict.entity, uuid=conflict.uuid[:8],
                    columns=len(conflict.differences), file=conflict.file_name,
                )
            )  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            self.list.addItem(item)
        self.summary.setText(
            translate("ConflictsDialog", "%Ln open conflict(s)", None, len(found))
            if found
            else self.tr("No open conflicts.")
        )
        if found:
            self.list.setCurrentRow(0)
        else:
            self.detail.clear()
        for button in (self.keep_local, self.take_incoming):
            button.setEnabled(bool(found))

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.detail.setHtml(conflict_html(item.data(Qt.ItemDataRole.UserRole)))

    def resolve(self, choice: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        conflict: Conflict = item.data(Qt.ItemDataRole.UserRole)
        try:
            conflicts.resolve(self.ws, self.actor, conflict.id, choice)
        except MessageError as error:
            show_error(self, error)
            return
        self.reload()
