"""Central's conflict list: two edits of one record with the same version, side by side.

Each conflict is shown as a coordinator reads a petition: section serial and
line number, the office that sent the other version and when, and each field
that differs under its own name. Choosing a side asks first, is recorded in
the audit log, and can be taken back (Show settled, then Take back the choice).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.ops import conflicts
from recalldesk.ops.conflicts import INCOMING, LOCAL, Conflict
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.errors import show_error
from recalldesk.ui.history_dialog import FIELD_LABELS, local_time
from recalldesk.wording import QT_TRANSLATE_NOOP, translate

ENTITIES = {
    "office": QT_TRANSLATE_NOOP("ConflictsDialog", "Office"),
    "operator": QT_TRANSLATE_NOOP("ConflictsDialog", "Operator"),
    "circulator": QT_TRANSLATE_NOOP("ConflictsDialog", "Circulator"),
    "section": QT_TRANSLATE_NOOP("ConflictsDialog", "Section"),
    "signature_line": QT_TRANSLATE_NOOP("ConflictsDialog", "Line"),
}
# Bookkeeping columns a coordinator need not compare.
HIDDEN = {"name_key", "address_key", "change_seq", "version", "origin_device"}


def describe(conflict: Conflict) -> str:
    """ "Section PAS-0001, line 3" or "Circulator Sam Lee": what the conflict is about."""
    if conflict.entity == "signature_line":
        return translate("ConflictsDialog", "Section {serial}, line {line}").format(
            serial=conflict.serial or "?", line=conflict.local.get("line_number", "?")
        )
    if conflict.entity == "section":
        return translate("ConflictsDialog", "Section {serial}").format(serial=conflict.serial)
    name = conflict.local.get("name") or conflict.local.get("code") or conflict.uuid[:8]
    return f"{translate('ConflictsDialog', ENTITIES.get(conflict.entity, conflict.entity))} {name}"


def _label(column: str) -> str:
    text = FIELD_LABELS.get(column)
    return translate("History", text) if text is not None else column.replace("_", " ")


def conflict_html(conflict: Conflict) -> str:
    differences = {k: v for k, v in conflict.differences.items() if k not in HIDDEN}
    rows = "".join(
        f"<tr><td>{html.escape(_label(col))}</td><td>{html.escape(old)}</td>"
        f"<td><b>{html.escape(new)}</b></td></tr>"
        for col, (old, new) in sorted(differences.items())
    )
    notes = []
    if conflict.superseded:
        notes.append(
            translate(
                "ConflictsDialog",
                "A newer version has arrived since: this conflict no longer decides anything.",
            )
        )
    if conflict.resolution is not None:
        if conflict.resolution == LOCAL:
            kept = translate("ConflictsDialog", "the version kept here")
        else:
            kept = translate("ConflictsDialog", "the incoming version")
        settled = translate("ConflictsDialog", "Settled by {who} on {when}: {kept}.")
        notes.append(
            settled.format(
                who=conflict.resolved_by or "?",
                when=local_time(conflict.resolved_at or ""),
                kept=kept,
            )
        )
    note = "".join(f"<p><i>{html.escape(n)}</i></p>" for n in notes)
    here = translate("ConflictsDialog", "Kept here (changed {when})").format(
        when=local_time(conflict.local.get("updated_at", ""))
    )
    there = translate(
        "ConflictsDialog", "Incoming from office {office} (changed {when}; received {received})"
    ).format(
        office=conflict.packet_office,
        when=local_time(conflict.incoming.get("updated_at", "")),
        received=local_time(conflict.received_at),
    )
    heading = translate(
        "ConflictsDialog", "{what}: two different edits of version {version}, from packet {file}"
    ).format(what=describe(conflict), version=conflict.version, file=conflict.file_name)
    head = "".join(
        f"<th>{html.escape(c)}</th>" for c in (translate("ConflictsDialog", "Field"), here, there)
    )
    return (
        f"<p><b>{html.escape(heading)}</b></p>{note}"
        f"<table cellpadding='4'><tr>{head}</tr>{rows}</table>"
    )


class ConflictsDialog(QDialog):
    """Pick a conflict, read both versions, keep one (asked, audited, reversible)."""

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.ws, self.actor = ws, actor
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The two versions"))
        self.keep_local = QPushButton(self.tr("Keep the version &here"))
        self.take_incoming = QPushButton(self.tr("Take the &incoming version"))
        self.take_back = QPushButton(self.tr("Take &back the choice"))
        self.show_settled = QCheckBox(self.tr("Show &settled conflicts"))
        self.keep_local.clicked.connect(lambda: self.resolve(LOCAL))
        self.take_incoming.clicked.connect(lambda: self.resolve(INCOMING))
        self.take_back.clicked.connect(self.reopen)
        self.show_settled.toggled.connect(lambda _on: self.reload())
        self.list.currentItemChanged.connect(self._show)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        for widget in (self.keep_local, self.take_incoming, self.take_back):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_settled)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(860, 600)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        everything = conflicts.list_conflicts(self.ws, open_only=False)
        open_ones = [c for c in everything if c.resolution is None]
        shown = everything if self.show_settled.isChecked() else open_ones
        for conflict in shown:
            state = "" if conflict.resolution is None else " " + self.tr("(settled)")
            differs = len([k for k in conflict.differences if k not in HIDDEN])
            text = translate(
                "ConflictsDialog", "{what} — from office {office} — %Ln field(s) differ", None,
                differs,
            ).format(what=describe(conflict), office=conflict.packet_office)  # fmt: skip
            item = QListWidgetItem(text + state)
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            self.list.addItem(item)
        self.summary.setText(
            translate("ConflictsDialog", "%Ln open conflict(s)", None, len(open_ones))
            if open_ones
            else self.tr("No open conflicts.")
        )
        if shown:
            self.list.setCurrentRow(0)
        else:
            self.detail.clear()
            self._enable(None)

    def _enable(self, conflict: Conflict | None) -> None:
        is_open = conflict is not None and conflict.resolution is None
        self.keep_local.setEnabled(is_open)
        self.take_incoming.setEnabled(is_open and not conflict.superseded)  # type: ignore[union-attr]
        self.take_back.setEnabled(conflict is not None and conflict.resolution is not None)

    def _show(self, item: QListWidgetItem | None) -> None:
        conflict = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._enable(conflict)
        if conflict is not None:
            self.detail.setHtml(conflict_html(conflict))

    def _current(self) -> Conflict | None:
        item = self.list.currentItem()
        if item is None:
            return None
        conflict: Conflict = item.data(Qt.ItemDataRole.UserRole)
        return conflict

    def resolve(self, choice: str) -> None:
        conflict = self._current()
        if conflict is None:
            return
        if choice == LOCAL:
            side = self.tr("the version kept here")
        else:
            side = self.tr("the incoming version")
        answer = QMessageBox.question(
            self,
            self.tr("Settle the conflict?"),
            self.tr(
                "Keep {side} of {what}? The choice is recorded with your name and can be "
                "taken back."
            ).format(side=side, what=describe(conflict)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            conflicts.resolve(self.ws, self.actor, conflict.id, choice)
        except MessageError as error:
            show_error(self, error)
            return
        self.reload()

    def reopen(self) -> None:
        conflict = self._current()
        if conflict is None:
            return
        try:
            conflicts.reopen(self.ws, self.actor, conflict.id)
        except MessageError as error:
            show_error(self, error)
            return
        self.reload()
