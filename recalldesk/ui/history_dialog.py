"""A line's history from the audit log: who, when, what changed (old → new)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from recalldesk.store import audit
from recalldesk.store.connection import Database

HIDDEN = {"name_key", "address_key", "severity", "section_id", "operator_id"}


def history_html(db: Database, entity_uuid: str) -> str:
    rows = []
    for entry in audit.history(db, entity_uuid):
        changes = []
        for field, value in sorted(entry.changes.items()):
            if field in HIDDEN:
                continue
            if isinstance(value, list) and len(value) == 2:
                old, new = value
                changes.append(f"{html.escape(field)}: {html.escape(str(old))!s} → "
                               f"<b>{html.escape(str(new))}</b>")  # fmt: skip
            elif value not in ("", None):
                changes.append(f"{html.escape(field)}: <b>{html.escape(str(value))}</b>")
        reason = f"<br><i>{html.escape(entry.reason)}</i>" if entry.reason else ""
        rows.append(
            f"<tr><td>{html.escape(entry.at[:19].replace('T', ' '))} UTC</td>"
            f"<td>{html.escape(entry.operator)} ({html.escape(entry.office)})</td>"
            f"<td>{html.escape(entry.action)}</td><td>{'<br>'.join(changes)}{reason}</td></tr>"
        )
    head = "<tr><th>When</th><th>Who</th><th>What</th><th>Changes</th></tr>"
    return f"<table cellpadding='4'>{head}{''.join(rows)}</table>"


class HistoryDialog(QDialog):
    def __init__(self, db: Database, entity_uuid: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = QTextBrowser()
        self.view.setAccessibleName("History")
        self.view.setHtml(history_html(db, entity_uuid))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(720, 360)
