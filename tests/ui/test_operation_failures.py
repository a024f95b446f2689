"""What the volunteer and the coordinator see when an operation cannot be done.

Reproduced from trials: a storage error while keying was invisible (a
traceback on stderr only); two copies of the app on one data folder
overwrote each other's lines; the central office could key into an office's
section; the campaign key could only be set by ``init``.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from recalldesk import paths
from recalldesk.cli import main
from recalldesk.core.records import Actor, Section
from recalldesk.ops.intake import log_section
from recalldesk.ops.people import operator_actor
from recalldesk.ops.undo import UndoHistory
from recalldesk.ops.workspace import Workspace
from recalldesk.store import sections
from recalldesk.store.connection import Database
from recalldesk.store.errors import FolderInUseError
from recalldesk.ui.keying.keying_view import KeyingView
from recalldesk.ui.settings_dialog import SettingsDialog
from tests.sync_world import World
from tests.ui.keyboard import key_fields, type_text, use_window

FULL = Section("PAS-0300", 5, circulated_from=date(2022, 2, 1),
               circulated_to=date(2022, 2, 3), declaration_signed=True,
               declaration_dated=True, declaration_place=True)  # fmt: skip


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The dialogs shown (title, text) instead of blocking the test."""
    shown: list[tuple[str, str]] = []

    def record(_parent: object, heading: str, text: str, *args: object) -> None:
        shown.append((heading, text))

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


@pytest.fixture
def view(qtbot: QtBot, ws: Workspace, actor: Actor) -> KeyingView:
    widget = KeyingView(ws, actor, UndoHistory())
    qtbot.addWidget(widget)
    widget.show()
    use_window(widget)
    widget.open_section(log_section(ws, actor, FULL).value.id)
    return widget


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM signature_line WHERE deleted = 0"))


def test_a_locked_database_while_keying_is_explained_and_the_line_kept(
    qtbot: QtBot, view: KeyingView, db: Database, warnings: list[tuple[str, str]]
) -> None:
    key_fields(qtbot, ["Ana", "Ruiz", "12", "Oak St", "", "91101", ""])
    other = sqlite3.connect(db.path, timeout=0)  # another program holds the write lock
    other.execute("BEGIN IMMEDIATE")
    db.conn.execute("PRAGMA busy_timeout = 0")
    try:
        key_fields(qtbot, ["Mei", "Chen", "88", "Elm St", "", "", ""])
    finally:
        other.rollback()
        other.close()
        db.conn.execute("PRAGMA busy_timeout = 5000")
    ((heading, text),) = warnings
    assert heading == "The database is busy" and "Close it and try again" in text
    entry = view.entry
    assert entry.number == 2 and entry.fields["first_name"].text() == "Mei"
    assert entry.fields["street_name"].text() == "Elm St"  # nothing typed is lost
    assert "Not saved" in view.saved_marker.text()
    assert count(db) == 1
    qtbot.keyClick(entry.fields["city"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert count(db) == 2 and entry.number == 3  # saved once the lock is gone


def test_a_full_disk_while_keying_is_explained_and_loses_nothing(
    qtbot: QtBot, view: KeyingView, db: Database, warnings: list[tuple[str, str]]
) -> None:
    key_fields(qtbot, ["Ana", "Ruiz", "12", "Oak St", "", "91101", ""])
    pages = db.scalar("PRAGMA page_count")
    db.conn.execute(f"PRAGMA max_page_count = {pages}")  # the next new page fails: disk full
    long = "Montgomery-Villanueva " * 40
    try:
        for _ in range(40):
            view.entry.fields["street_name"].setText(long)
            type_text(qtbot, view.entry.fields["first_name"], "X")
            qtbot.keyClick(
                view.entry.fields["city"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
            )
            if warnings:
                break
    finally:
        db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert warnings, "the disk never filled"
    heading, text = warnings[0]
    assert heading == "The disk is full" and "everything saved before it is safe" in text
    assert view.entry.fields["street_name"].text() == long  # still in the entry bar
    assert db.integrity_check() == []
    assert db.scalar("SELECT first_name FROM signature_line WHERE line_number = 1") == "Ana"


def test_a_second_copy_on_the_same_data_folder_is_refused(
    data_dir: Path, warnings: list[tuple[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    from recalldesk.app import run_app

    assert main(["init", "--office", "PAS", "--operator", "Ana"]) == 0
    first = Workspace.open(paths.database_path(), lock_as="app")
    try:
        with pytest.raises(FolderInUseError):
            Workspace.open(paths.database_path(), lock_as="app")
        assert run_app([]) == 2  # the second app says so and stops
        ((heading, text),) = warnings
        assert heading == "RecallDesk is already open" and "process" in text
        capsys.readouterr()
        assert main(["demo", "--lines", "10"]) == 2  # writing commands wait their turn
        assert "Another copy of RecallDesk (app" in capsys.readouterr().err
        assert main(["report", "--json"]) == 0  # reading ones run beside it
    finally:
        first.close()
    again = Workspace.open(paths.database_path(), lock_as="app")  # free once it closes
    again.close()


def test_central_opens_an_office_section_read_only(qtbot: QtBot, world: World) -> None:
    from recalldesk.store import people
    from recalldesk.ui.main_window import MainWindow

    world.merge(world.pas.sync(world.out))
    hq = world.hq
    window = MainWindow(hq.ws, operator_actor(hq.ws, people.list_operators(hq.db, hq.office_id)[0]))
    qtbot.addWidget(window)
    stored = sections.find_section(hq.db, "PAS-0001")
    assert stored is not None
    window.open_section(stored.id)
    keying = window.keying
    assert not keying.entry.isEnabled()
    assert not keying.read_only.isHidden()
    assert "belongs to office PAS" in keying.read_only.text()
    assert keying.model.saved(1) is not None  # the lines are there to read
    assert keying.mark_line.__self__ is keying  # the Line menu's actions are off:
    from recalldesk.ui.actions import ActionId

    window.pages.setCurrentWidget(keying)
    assert not window.actions_by_id[ActionId.BLANK_LINE].isEnabled()
    assert window.actions_by_id[ActionId.LINE_HISTORY].isEnabled()


def test_the_campaign_key_is_set_in_settings_and_the_office_can_then_sync(
    qtbot: QtBot, world: World, warnings: list[tuple[str, str]]
) -> None:
    from recalldesk.ops.base import OpRefused
    from recalldesk.store.campaign import set_meta

    pas = world.pas
    set_meta(pas.db, "campaign_key", "")  # an office set up without a key
    with pytest.raises(OpRefused):
        pas.sync(world.out)
    dialog = SettingsDialog(pas.ws, pas.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    use_window(dialog)
    assert "No campaign key yet" in dialog.key_state.text()
    type_text(qtbot, dialog.key, "short")
    type_text(qtbot, dialog.confirm, "short")
    dialog.save()
    assert "at least 8 characters" in dialog.error.text() and dialog.isVisible()
    dialog.key.clear()
    dialog.confirm.clear()
    from tests.sync_world import KEY

    type_text(qtbot, dialog.key, KEY)
    type_text(qtbot, dialog.confirm, KEY)
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert pas.db.meta("campaign_key") == KEY
    path = pas.sync(world.out)
    report = world.merge(path)
    assert report.outcomes[0].status == "merged"
    notes = pas.db.query("SELECT reason FROM audit_log WHERE action = 'note'")
    assert any("audit.key_set" in r[0] for r in notes) and not any(KEY in r[0] for r in notes)
