"""Backups in the app: the day's backup in the background, the setting, and File → Restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, Operator
from recalldesk.ops import backups
from recalldesk.ops.people import operator_actor
from recalldesk.ops.workspace import Workspace
from recalldesk.store import people
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.restore_dialog import RestoreDialog
from recalldesk.ui.settings_dialog import SettingsDialog
from tests.ui.keyboard import use_window


def window_for(qtbot: QtBot, ws: Workspace) -> MainWindow:
    operator = people.list_operators(ws.db, people.list_offices(ws.db)[0].id)[0]
    window = MainWindow(ws, operator_actor(ws, operator))
    qtbot.addWidget(window)
    window.show()
    use_window(window)
    return window


def test_the_days_backup_is_taken_in_the_background_once(qtbot: QtBot, ws: Workspace) -> None:
    window = window_for(qtbot, ws)
    job = window.daily_backup()
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    (taken,) = backups.list_backups(ws)
    assert taken.reason == "daily"
    again = window.daily_backup()
    with qtbot.waitSignal(again.finished, timeout=10_000):
        pass
    assert len(backups.list_backups(ws)) == 1  # one a day


def test_the_number_of_backups_kept_is_a_setting(qtbot: QtBot, ws: Workspace, actor: Actor) -> None:
    dialog = SettingsDialog(ws, actor)
    qtbot.addWidget(dialog)
    dialog.kept.setValue(3)
    dialog.save()
    assert backups.backups_kept(ws) == 3


def answer_yes_when_asked() -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def test_restore_puts_the_chosen_backup_in_place_and_keeps_the_old_file(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    backups.take_backup(ws, "by-hand")
    office = people.list_offices(ws.db)[0]
    people.add_operator(ws.db, actor, office.id, Operator("Added After", "AA"))
    listed = backups.list_backups(ws)
    dialog = RestoreDialog(listed)
    qtbot.addWidget(dialog)
    answer_yes_when_asked()
    dialog.restore.click()
    assert dialog.chosen == listed[0].path
    done = backups.restore_backup(ws, actor, dialog.chosen).value
    names = [o.value.name for o in people.list_operators(ws.db, office.id)]
    assert "Added After" not in names  # the database is the backup's
    assert Path(done.replaced_kept_at).exists()
    assert {b.reason for b in backups.list_backups(ws)} == {"by-hand", "replaced-by-restore"}


def test_file_restore_swaps_the_database_and_reopens_the_window(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    backups.take_backup(ws, "by-hand")
    window = window_for(qtbot, ws)
    qtbot.waitUntil(lambda: not window.jobs)  # the dashboard's first count
    clicked: list[str] = []

    def drive() -> None:  # a person at the keyboard: Restore, Yes, OK
        if not window.reopen_after_close:
            QTimer.singleShot(50, drive)  # first: a click below opens the next modal box
        box = QApplication.activeModalWidget()
        if isinstance(box, RestoreDialog):
            clicked.append("restore")
            box.restore.click()
        elif isinstance(box, QMessageBox):
            button = box.button(QMessageBox.StandardButton.Yes) or box.button(
                QMessageBox.StandardButton.Ok
            )
            clicked.append(box.windowTitle())
            button.click()

    QTimer.singleShot(50, drive)
    window.restore_from_backup()
    assert window.reopen_after_close and not window.isVisible()
    assert clicked[0] == "restore" and len(clicked) == 3
    assert {b.reason for b in backups.list_backups(ws)} == {"by-hand", "replaced-by-restore"}
