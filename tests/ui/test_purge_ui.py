"""File → Purge personal data…: the word typed at the keyboard, the purge, what it says."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor
from recalldesk.ops import purge
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.actions import ActionId
from recalldesk.ui.purge_dialog import PurgeDialog
from tests.ops.test_sample import key_lines
from tests.ui.test_backups_ui import window_for


def test_the_purge_button_waits_for_the_word(qtbot: QtBot) -> None:
    dialog = PurgeDialog(purge.ToPurge(lines=12, voters=0, backups=2))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.purge_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "PURG")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter before the whole word does nothing
    qtbot.keyClicks(dialog.confirm, "E")
    assert dialog.purge_button.isEnabled()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.result() == PurgeDialog.DialogCode.Accepted


def test_file_purge_removes_the_names_and_says_what_it_removed(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    key_lines(ws, actor, "PAS-0001", ["Zebulon Quixote", "Xanthippe Vorhees"])
    window = window_for(qtbot, ws)
    qtbot.waitUntil(lambda: not window.jobs)
    said: list[str] = []

    def drive() -> None:  # a person at the keyboard: the word, Enter; then OK
        box = QApplication.activeModalWidget()
        if isinstance(box, PurgeDialog):
            qtbot.keyClicks(box.confirm, "PURGE")
            qtbot.keyClick(box.confirm, Qt.Key.Key_Return)
        elif isinstance(box, QMessageBox):
            said.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
            return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(50, drive)
    window.actions_by_id[ActionId.PURGE].trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert "2 signature lines" in said[0]
    names = ws.db.query("SELECT first_name, last_name FROM signature_line")
    assert {tuple(r) for r in names} == {("", "")}
    assert purge.purged_at(ws)
