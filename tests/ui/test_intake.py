"""Section intake: a logged serial is said at once; circulators complete from the index."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, Circulator, Section
from recalldesk.ops.intake import log_section
from recalldesk.ops.workspace import Workspace
from recalldesk.store import people
from recalldesk.ui.intake_dialog import IntakeDialog
from tests.ui.keyboard import type_text, use_window


@pytest.fixture
def intake(qtbot: QtBot, ws: Workspace, actor: Actor) -> IntakeDialog:
    dialog = IntakeDialog(ws, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    use_window(dialog)
    return dialog


def test_a_serial_already_logged_is_said_as_soon_as_it_is_scanned(
    qtbot: QtBot, intake: IntakeDialog, ws: Workspace, actor: Actor
) -> None:
    log_section(ws, actor, Section("PAS-0042", 10))
    type_text(qtbot, intake.serial, "PAS-0042")
    qtbot.keyClick(intake.serial, Qt.Key.Key_Return)  # a scanner's Enter
    assert intake.serial.hasFocus()  # not on to the next field
    assert "already logged" in intake.error.text()
    assert "already logged" in intake.problems.text()


def test_circulators_complete_case_and_accent_blind_among_many(
    qtbot: QtBot, intake: IntakeDialog, ws: Workspace, actor: Actor
) -> None:
    with ws.db.transaction():
        for n in range(800):
            people.add_circulator(ws.db, actor, Circulator(f"Volunteer {n:04d} Smith"))
        people.add_circulator(ws.db, actor, Circulator("Rosa Martínez", "12 Oak St", "Pasadena"))
    field = intake.circulator
    field.setFocus()
    type_text(qtbot, field, "rosa")
    field.lookup()  # what the typing timer runs
    assert field.suggestions() == ["Rosa Martínez — 12 Oak St, Pasadena"]
    assert field.completer().popup().isVisible()
    field.clear()
    type_text(qtbot, field, "mart")
    field.lookup()
    assert field.suggestions()[0].startswith("Rosa Martínez")
    qtbot.keyClick(field.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(field.completer().popup(), Qt.Key.Key_Return)
    assert field.text() == "Rosa Martínez"  # the name only, not the address
    field.setText("rosa martinez")  # typed, without the accent
    assert field.chosen() is not None and field.chosen().value.name == "Rosa Martínez"
    assert intake.new_circulator.text() == ""


def test_a_new_circulator_close_to_a_known_one_asks_first(
    qtbot: QtBot, intake: IntakeDialog, ws: Workspace, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = people.add_circulator(ws.db, actor, Circulator("Rosa Martínez", "12 Oak St"))
    clicked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        clicked.append(box.text())
        same = next(b for b in box.buttons() if "Same" in b.text())
        same.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    intake.serial.setText("PAS-0500")
    intake.circulator.setText("Rosa Martinex")  # a typo
    intake.declared.setValue(10)
    intake.save()
    assert "“Rosa Martínez” (12 Oak St) is" in clicked[0]
    assert intake.saved is not None
    row = ws.db.query("SELECT circulator_id FROM section WHERE serial = 'PAS-0500'")[0]
    assert row[0] == known.id
    assert ws.db.scalar("SELECT count(*) FROM circulator") == 1


def test_the_new_circulator_rows_appear_only_for_a_name_not_on_file(
    qtbot: QtBot, intake: IntakeDialog
) -> None:
    assert not intake.circ_address.isVisible()
    assert not intake.new_circulator.isVisible()
    type_text(qtbot, intake.circulator, "Nobody Yet")
    assert intake.circ_address.isVisible()
    assert "New circulator" in intake.new_circulator.text()
    intake.circulator.clear()
    assert not intake.circ_address.isVisible()
    assert not intake.new_circulator.isVisible()
