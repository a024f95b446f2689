"""A volunteer keys a section with the keyboard only; the database shows every line."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, LineMark, Section
from recalldesk.ops.intake import log_section
from recalldesk.ops.undo import UndoHistory
from recalldesk.ops.workspace import Workspace
from recalldesk.store import audit, lines
from recalldesk.store.connection import Database
from recalldesk.ui.keying.keying_view import KeyingView
from tests.ui.keyboard import key_fields, use_window


@pytest.fixture
def view(qtbot: QtBot, ws: Workspace, actor: Actor) -> KeyingView:
    full = Section("PAS-0100", 4, circulated_from=date(2022, 2, 1),
                   circulated_to=date(2022, 2, 3), declaration_signed=True,
                   declaration_dated=True, declaration_place=True)  # fmt: skip
    stored = log_section(ws, actor, full).value
    widget = KeyingView(ws, actor, UndoHistory())
    qtbot.addWidget(widget)
    widget.show()
    use_window(widget)
    widget.open_section(stored.id)
    return widget


def key_line(
    qtbot: QtBot, view: KeyingView, values: list[str], end: Qt.Key = Qt.Key.Key_Tab
) -> None:
    assert view.focusWidget() is view.entry.fields["first_name"]
    key_fields(qtbot, values, end)


def rows(db: Database) -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.query(
        "SELECT line_number, first_name, last_name, street_number, street_name, unit, zip_code, "
        "city, mark, signature_present, problems FROM signature_line WHERE deleted = 0 "
        "ORDER BY line_number")]  # fmt: skip


def test_keying_lines_with_the_keyboard_only(qtbot: QtBot, view: KeyingView, db: Database) -> None:
    key_line(qtbot, view, ["José", "Muñoz", "1520", "N Lake Ave", "4", "91104", ""])
    # City and ZIP carry forward: Tab over them.
    key_line(qtbot, view, ["Mei", "Chen", "88", "N Lake Ave", "", "", ""], end=Qt.Key.Key_Return)
    assert rows(db) == [
        (1, "José", "Muñoz", "1520", "N Lake Ave", "4", "91104", "Pasadena", "", 1, ""),
        (2, "Mei", "Chen", "88", "N Lake Ave", "", "91104", "Pasadena", "", 1, ""),
    ]
    assert view.entry.number == 3 and view.saved_marker.text() == "✓ Line 2 saved"
    assert "2 keyed of 4 declared" in view.totals.text()


def test_problems_show_inline_but_never_block(qtbot: QtBot, view: KeyingView, db: Database) -> None:
    key_line(qtbot, view, ["", "", "", "PO Box 7", "", "92701", "Santa Ana"])
    assert rows(db)[0][-1] == "MISSING_NAME PO_BOX_ONLY ZIP_OUT_OF_COUNTY"
    assert "P.O. box" in view.findings.text() and "outside the county" in view.findings.text()
    assert view.model.index(0, 1).data() == "✗ Saved · invalid"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.entry.number == 1
    assert "c62828" in view.entry.fields["zip_code"].styleSheet()  # outlined in red


def test_special_lines_and_escape(qtbot: QtBot, view: KeyingView, db: Database) -> None:
    view.mark_line(LineMark.BLANK)
    view.mark_line(LineMark.STRUCK)
    focused = view.focusWidget()
    assert isinstance(focused, QLineEdit)
    qtbot.keyClicks(focused, "Typo")
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert view.entry.fields["first_name"].text() == ""
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    key_line(qtbot, view, ["Al", "B?", "3", "Elm St", "", "91101", ""])
    assert [(r[0], r[8], r[9]) for r in rows(db)] == [
        (1, "blank", 0),
        (2, "struck", 0),
        (3, "illegible", 0),
    ]


def test_edit_undo_redo_and_history(qtbot: QtBot, view: KeyingView, db: Database,
                                    actor: Actor) -> None:  # fmt: skip
    key_line(qtbot, view, ["Ana", "Ruiz", "12", "Oak St", "", "91101", ""])
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    last = view.entry.fields["last_name"]
    last.setFocus()
    last.selectAll()
    qtbot.keyClicks(last, "Cruz")
    for _ in range(6):  # Last name -> ... -> City -> accept
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert rows(db)[0][2] == "Cruz"
    view.undo()
    assert rows(db)[0][2] == "Ruiz"
    view.redo()
    assert rows(db)[0][2] == "Cruz"
    stored = lines.line_in_section(db, view.session.section_id, 1)  # type: ignore[union-attr]
    assert stored is not None
    changes = [e.changes.get("last_name") for e in audit.history(db, stored.line.uuid)]
    assert ["Ruiz", "Cruz"] in changes and ["Cruz", "Ruiz"] in changes


def test_closing_with_a_mismatch_asks_why_and_refuses_no_reason(
    qtbot: QtBot, view: KeyingView, db: Database
) -> None:
    from tests.ui.keyboard import drive_modal, focused, type_text

    key_line(qtbot, view, ["Ana", "Ruiz", "12", "Oak St", "", "91101", ""])
    seen: list[str] = []

    def answer(dialog: object) -> None:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # OK with no reason
        assert dialog.isVisible()  # type: ignore[attr-defined]
        seen.append(dialog.error.text())  # type: ignore[attr-defined]
        type_text(qtbot, focused(), "rest of the sheet blank")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    drive_modal(view.close_section, answer)
    assert "Type why the totals differ" in seen[0]
    row = db.query("SELECT status, close_note FROM section WHERE serial = 'PAS-0100'")[0]
    assert tuple(row) == ("keyed", "rest of the sheet blank")


def test_line_model_passes_qt_model_tester(qtmodeltester, view: KeyingView) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.model)


def test_a_suggested_completion_is_never_saved_unconfirmed(
    qtbot: QtBot, view: KeyingView, db: Database
) -> None:
    key_fields(qtbot, ["Ana", "Leeds", "1", "Oak St", "", "91101", ""])
    key_fields(qtbot, ["Bo", "Lee", "2", "Oak", "", "", ""])  # "Lee" shows "Leeds" suggested
    assert [(r[2], r[4]) for r in rows(db)] == [("Leeds", "Oak St"), ("Lee", "Oak")]
    key_fields(qtbot, ["Cy", "Lee"])
    assert view.entry.fields["street_number"].hasFocus()


def test_an_office_with_a_voter_file_sees_each_line_checked(
    qtbot: QtBot, view: KeyingView, ws: Workspace, actor: Actor, tmp_path: object
) -> None:
    from pathlib import Path

    from recalldesk.core.voter_file import DEMO_PRESET
    from recalldesk.ops import voters
    from tests.ops.test_voters import voter, write

    key_line(qtbot, view, ["Mei", "Chen", "88", "N Lake Ave", "", "91104", ""])
    assert "Voter file" not in view.findings.text()  # no voter file here: nothing said
    voters.set_office_copy(ws, actor, True)
    rows_ = [voter(1, FirstName="MEI", LastName="CHEN", HouseNumber="88")]
    voters.import_voters(ws, actor, write(Path(str(tmp_path)) / "v.tsv", rows_), DEMO_PRESET)
    key_line(qtbot, view, ["Mei", "Chen", "88", "N Lake Ave", "", "", ""])
    assert "Voter file: registered at this address" in view.findings.text()
    key_line(qtbot, view, ["Ana", "Ruiz", "90", "N Lake Ave", "", "", ""])
    assert "Voter file: not found (not registered)" in view.findings.text()
