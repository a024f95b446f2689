"""End to end, keyboard only: set up, log a section, key twenty lines, find, undo, close."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from recalldesk.core.records import StaffRole
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.settings import Settings
from recalldesk.ui.setup_dialog import SetupDialog
from tests.ui.keyboard import drive_modal, focused, key_fields, type_text, use_window

SIGNERS = [
    ("José", "Muñoz"), ("Mei", "Chen"), ("Ana", "Ruiz"), ("Tom", "Nguyễn"), ("Zoë", "Adams"),
    ("Li", "Wong"), ("Raj", "Patel"), ("Eva", "Peña"), ("Sam", "Kim"), ("Bo", "Reyes"),
    ("Ali", "Khan"), ("Ida", "Lee"), ("Max", "Cruz"), ("Amy", "Diaz"), ("Ned", "Park"),
    ("Uma", "Shah"), ("Lou", "Vega"), ("Kai", "Ito"), ("Rosa", "Lima"), ("Gus", "Ortiz"),
]  # fmt: skip


def test_newcomer_sets_up_logs_and_keys_twenty_lines(qtbot: QtBot, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "recalldesk.sqlite3")
    db = ws.db
    setup = SetupDialog(ws)
    qtbot.addWidget(setup)
    setup.show()
    use_window(setup)
    setup.office_code.setFocus()
    key_fields(qtbot, ["pas", "Pasadena field office", "Ana Reyes", "Ana's password"])
    type_text(qtbot, focused(), "Ana's password")  # again
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter presses the default Save button
    assert setup.result() == QDialog.DialogCode.Accepted and setup.actor is not None
    assert setup.actor.role is StaffRole.LEAD  # who sets an office up runs it

    window = MainWindow(ws, setup.actor, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    use_window(window)

    def fill_intake(dialog: QWidget) -> None:
        assert isinstance(dialog, IntakeDialog)
        key_fields(qtbot, ["PAS-000123"], Qt.Key.Key_Return)  # as a barcode scanner does
        key_fields(qtbot, ["Sam Lee"], Qt.Key.Key_Return)
        key_fields(qtbot, ["12 Oak St", "Pasadena", "91101"], Qt.Key.Key_Return)
        spin = focused()
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, "20")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        key_fields(qtbot, ["2/1/22", "2/20/22"], Qt.Key.Key_Return)
        for _ in range(3):  # the declaration checkboxes: signed, dated, place
            qtbot.keyClick(focused(), Qt.Key.Key_Space)
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        key_fields(qtbot, ["2/21/22"], Qt.Key.Key_Return)  # received -> Enter saves
        assert dialog.problems.text() == ""

    ctrl = Qt.KeyboardModifier.ControlModifier
    drive_modal(lambda: qtbot.keyClick(window, Qt.Key.Key_N, ctrl), fill_intake)
    use_window(window)  # the offscreen platform does not hand activation back by itself
    assert window.pages.currentWidget() is window.keying
    assert focused() is window.keying.entry.fields["first_name"]

    for n, (first, last) in enumerate(SIGNERS, start=1):
        if n == 1:
            key_fields(qtbot, [first, last, str(100 + n), "Colorado Blvd", "", "91101", ""])
        else:  # the street completes inline (End takes it); city and ZIP carry forward
            key_fields(qtbot, [first, last, str(100 + n)])
            type_text(qtbot, focused(), "Col")
            qtbot.keyClick(focused(), Qt.Key.Key_End)
            key_fields(qtbot, ["", "", "", ""])
    rows = db.query("SELECT line_number, first_name, last_name, street_name, city, operator_id "
                    "FROM signature_line WHERE deleted = 0 ORDER BY line_number")  # fmt: skip
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (n, f, last) for n, (f, last) in enumerate(SIGNERS, start=1)
    ]
    assert [r[3] for r in rows] == ["Colorado Blvd"] * 20, [r[3] for r in rows]
    assert {r[4] for r in rows} == {"Pasadena"}
    assert {r[5] for r in rows} == {setup.identity.operator.id}
    assert "20 lines keyed today" in window.today.text()
    assert "20 keyed of 20 declared (match)" in window.keying.totals.text()

    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo line 20
    assert db.scalar("SELECT count(*) FROM signature_line WHERE deleted = 0") == 19
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(focused(), Qt.Key.Key_Z, ctrl_shift)
    assert db.scalar("SELECT count(*) FROM signature_line WHERE deleted = 0") == 20

    qtbot.keyClick(focused(), Qt.Key.Key_K, ctrl_shift)
    assert db.scalar("SELECT status FROM section") == "keyed"
    assert window.pages.currentWidget() is window.section_list
    reasons = [e.action for e in audit.history(db, rows and db.scalar("SELECT uuid FROM section"))]
    assert reasons[0] == "insert" and "update" in reasons


def test_find_opens_the_line(qtbot: QtBot, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "recalldesk.sqlite3")
    setup = SetupDialog(ws)
    qtbot.addWidget(setup)
    setup.office_code.setText("PAS")
    setup.operator.setText("Ana")
    for field in (setup.password, setup.again):
        field.setText("Ana's password")
    setup.save()
    assert setup.actor is not None
    window = MainWindow(ws, setup.actor)
    qtbot.addWidget(window)
    window.show()
    use_window(window)
    dialog = IntakeDialog(ws, window.actor)
    dialog.serial.setText("PAS-9")
    dialog.declared.setValue(3)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.voided  # declaration left incomplete
    window.open_section(dialog.saved.id)
    assert "incomplete" in window.keying.section_flag.text()
    key_fields(qtbot, ["Eva", "Peña", "7", "Elm St", "", "91101", ""])
    window.show_page(window.section_list)

    def find_it(_dialog: QWidget) -> None:
        type_text(qtbot, focused(), "Peña, Eva")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    ctrl = Qt.KeyboardModifier.ControlModifier
    drive_modal(lambda: qtbot.keyClick(window, Qt.Key.Key_F, ctrl), find_it)
    assert window.pages.currentWidget() is window.keying
    assert window.keying.entry.number == 1
    assert window.focusWidget() is window.keying.entry.fields["first_name"]
    assert window.keying.entry.fields["last_name"].text() == "Peña"
