"""A line's history from the audit log: who, when, what changed (old → new)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from recalldesk.ops import queries
from recalldesk.ops.workspace import Workspace
from recalldesk.wording import QT_TRANSLATE_NOOP, say, translate

HIDDEN = {"name_key", "address_key", "severity", "section_id", "operator_id", "problems"}
FIELD_LABELS = {
    "line_number": QT_TRANSLATE_NOOP("History", "line"),
    "first_name": QT_TRANSLATE_NOOP("History", "first name"),
    "last_name": QT_TRANSLATE_NOOP("History", "last name"),
    "street_number": QT_TRANSLATE_NOOP("History", "street no."),
    "street_name": QT_TRANSLATE_NOOP("History", "street"),
    "unit": QT_TRANSLATE_NOOP("History", "unit"),
    "city": QT_TRANSLATE_NOOP("History", "city"),
    "zip_code": QT_TRANSLATE_NOOP("History", "ZIP"),
    "signature_present": QT_TRANSLATE_NOOP("History", "signed"),
    "mark": QT_TRANSLATE_NOOP("History", "mark"),
    "deleted": QT_TRANSLATE_NOOP("History", "deleted"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
}
ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("History", "saved"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "delete": QT_TRANSLATE_NOOP("History", "removed"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "bulk": QT_TRANSLATE_NOOP("History", "loaded"),
}


def _value(field: str, value: object) -> str:
    if field in ("deleted", "signature_present"):
        return (
            translate("History", "yes") if value in (1, "1", True) else translate("History", "no")
        )
    return str(value) if value not in (None, "") else translate("History", "(empty)")


def local_time(stamp: str) -> str:
    """A stored UTC stamp as this computer's local time ("2022-03-01 14:05")."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def history_html(ws: Workspace, entity_uuid: str) -> str:
    rows = []
    for entry in queries.history(ws, entity_uuid):
        changes = []
        for field, value in sorted(entry.changes.items()):
            if field in HIDDEN:
                continue
            label = html.escape(translate("History", FIELD_LABELS.get(field, field)))
            if isinstance(value, list) and len(value) == 2:
                old, new = (html.escape(_value(field, v)) for v in value)
                changes.append(f"{label}: {old} → <b>{new}</b>")
            elif value not in ("", None):
                changes.append(f"{label}: <b>{html.escape(_value(field, value))}</b>")
        reason_text = say(entry.reason) if entry.reason is not None else entry.legacy_reason
        reason = f"<br><i>{html.escape(reason_text)}</i>" if reason_text else ""
        action = html.escape(translate("History", ACTIONS.get(entry.action, entry.action)))
        rows.append(
            f"<tr><td>{html.escape(local_time(entry.at))}</td>"
            f"<td>{html.escape(entry.operator)} ({html.escape(entry.office)})</td>"
            f"<td>{action}</td><td>{'<br>'.join(changes)}{reason}</td></tr>"
        )
    heads = (
        translate("History", "When"),
        translate("History", "Who"),
        translate("History", "What"),
        translate("History", "Changes"),
    )
    head = "".join(f"<th>{html.escape(h)}</th>" for h in heads)
    return f"<table cellpadding='4'><tr>{head}</tr>{''.join(rows)}</table>"


class HistoryDialog(QDialog):
    def __init__(
        self, ws: Workspace, entity_uuid: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("History"))
        self.view.setHtml(history_html(ws, entity_uuid))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(720, 360)
