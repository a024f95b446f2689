"""Field-trial traps that overwrote saved lines, and the keying fixes (issue 8).

Each test drives the keyboard as a volunteer does and checks the database.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, LineMark, Section
from recalldesk.ops.intake import log_section
from recalldesk.ops.people import operator_actor
from recalldesk.ops.undo import UndoHistory
from recalldesk.ops.workspace import Workspace
from recalldesk.store.connection import Database
from recalldesk.ui.keying.keying_view import KeyingView
from tests.ui.keyboard import focused, key_fields, type_text, use_window

CTRL = Qt.KeyboardModifier.ControlModifier
SECTION = Section("PAS-0200", 30, circulated_from=date(2022, 2, 1),
                  circulated_to=date(2022, 2, 3), declaration_signed=True,
                  declaration_dated=True, declaration_place=True)  # fmt: skip


@pytest.fixture
def view(qtbot: QtBot, ws: Workspace, actor: Actor) -> KeyingView:
    widget = KeyingView(ws, actor, UndoHistory())
    qtbot.addWidget(widget)
    widget.show()
    use_window(widget)
    widget.open_section(log_section(ws, actor, SECTION).value.id)
    return widget


def signers(db: Database) -> dict[int, tuple[str, str]]:
    rows = db.query(
        "SELECT line_number, first_name, last_name, mark FROM signature_line WHERE deleted = 0"
    )
    return {r[0]: (r[1], r[2] or r[3]) for r in rows}


def key(qtbot: QtBot, first: str, last: str, number: str = "12") -> None:
    key_fields(qtbot, [first, last, number, "Oak St", "", "91101", ""])


def test_after_fixing_an_earlier_line_keying_goes_back_to_the_next_unkeyed_line(
    qtbot: QtBot, view: KeyingView, db: Database
) -> None:
    key(qtbot, "Ana", "Ruiz")
    key(qtbot, "Bo", "Li")
    view.mark_line(LineMark.BLANK)  # line 3 is blank on the paper: it looks empty
    key(qtbot, "Cy", "Ng")
    assert view.entry.number == 5
    for _ in range(3):  # Ctrl+Up loads line 2 for editing: explicitly
        qtbot.keyClick(focused(), Qt.Key.Key_Up, CTRL)
    assert view.entry.number == 2
    assert not view.editing.isHidden()
    assert view.editing.text() == "Editing saved line 2 — Esc to go back to line 5"
    last = view.entry.fields["last_name"]
    last.setFocus()
    last.selectAll()
    type_text(qtbot, last, "Lee")
    qtbot.keyClick(last, Qt.Key.Key_Return, CTRL)  # save the fix now
    assert view.entry.number == 5 and view.editing.isHidden()
    key(qtbot, "Di", "Ota")  # the next signer lands on line 5, never on saved line 3
    assert signers(db) == {
        1: ("Ana", "Ruiz"), 2: ("Bo", "Lee"), 3: ("", "blank"), 4: ("Cy", "Ng"), 5: ("Di", "Ota"),
    }  # fmt: skip


def test_escape_leaves_a_saved_line_unchanged_and_goes_back(
    qtbot: QtBot, view: KeyingView, db: Database
) -> None:
    key(qtbot, "Ana", "Ruiz")
    key(qtbot, "Bo", "Li")
    qtbot.keyClick(focused(), Qt.Key.Key_Up, CTRL)
    assert view.entry.number == 2
    type_text(qtbot, focused(), "Zed")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert view.entry.number == 3 and view.entry.fields["first_name"].text() == ""
    assert signers(db)[2] == ("Bo", "Li")


def test_after_redo_keying_continues_on_the_next_unkeyed_line(
    qtbot: QtBot, view: KeyingView, db: Database
) -> None:
    key(qtbot, "Ana", "Ruiz")
    key(qtbot, "Bo", "Li")
    view.undo()  # Ctrl+Z in the app (tests/ui/test_newcomer_flow.py drives the keys)
    assert 2 not in signers(db) and view.entry.number == 2
    view.redo()
    assert signers(db)[2] == ("Bo", "Li")
    assert view.entry.number == 3 and view.entry.fields["first_name"].text() == ""
    assert view.editing.isHidden()
    key(qtbot, "Cy", "Ng")  # never replaces the redone line
    assert signers(db) == {1: ("Ana", "Ruiz"), 2: ("Bo", "Li"), 3: ("Cy", "Ng")}


def test_a_new_zip_replaces_a_carried_city_and_out_of_county_zips_are_not_carried(
    qtbot: QtBot, view: KeyingView, db: Database
) -> None:
    key_fields(qtbot, ["Ana", "Ruiz", "1", "Oak St", "", "91101", ""])
    assert view.entry.fields["city"].text() == "Pasadena"  # carried to line 2
    key_fields(qtbot, ["Bo", "Li", "2", "Elm St", "", "91773"])  # San Dimas
    assert view.entry.fields["city"].text() == "San Dimas"
    key_fields(qtbot, [""])
    key_fields(qtbot, ["Cy", "Ng", "3", "Main St", "", "92701"])  # Santa Ana: out of county
    assert view.entry.fields["city"].text() == ""  # not the carried San Dimas
    key_fields(qtbot, ["Santa Ana"])
    assert view.entry.fields["zip_code"].text() == "91773"  # line 4 carries line 2's address
    rows = {r[0]: (r[1], r[2]) for r in db.query(
        "SELECT line_number, zip_code, city FROM signature_line")}  # fmt: skip
    assert rows == {1: ("91101", "Pasadena"), 2: ("91773", "San Dimas"),
                    3: ("92701", "Santa Ana")}  # fmt: skip


def test_nothing_is_carried_from_a_blank_or_struck_line(qtbot: QtBot, view: KeyingView) -> None:
    key_fields(qtbot, ["Ana", "Ruiz", "1", "Oak St", "", "91773", ""])
    view.mark_line(LineMark.STRUCK)
    assert view.entry.number == 3
    assert view.entry.fields["zip_code"].text() == "91773"  # from the last signer's line


def test_city_completion_offers_county_cities_accent_and_case_blind(
    qtbot: QtBot, view: KeyingView
) -> None:
    city = view.entry.fields["city"]
    city.setFocus()
    city.clear()
    type_text(qtbot, city, "san di")
    assert city.text() == "san dimas" or city.text().lower() == "san dimas"
    assert city.selectedText()  # the suggested rest is selected, not yet taken
    qtbot.keyClick(city, Qt.Key.Key_End)
    assert city.text() == "San Dimas"


def test_line_numbers_do_not_shift_the_fields(qtbot: QtBot, view: KeyingView) -> None:
    first = view.entry.fields["first_name"]
    x9 = first.mapTo(view, first.rect().topLeft()).x()
    view.go_to(10)
    view.go_to(100)
    assert first.mapTo(view, first.rect().topLeft()).x() == x9


def test_no_mnemonic_on_the_keying_screen_clashes_with_a_menu(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from recalldesk.store import people
    from recalldesk.ui.main_window import MainWindow

    window = MainWindow(
        ws, operator_actor(ws, people.list_operators(ws.db, people.list_offices(ws.db)[0].id)[0])
    )
    qtbot.addWidget(window)

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&])", text)
        return found.group(1).lower() if found else None

    menus = [letter(a.text()) for a in window.menuBar().actions()]
    keying = [
        letter(w.text())
        for w in (*window.keying.findChildren(QLabel), *window.keying.findChildren(QAbstractButton))
    ]
    keying = [k for k in keying if k]
    assert len(set(menus)) == len(menus)
    assert set(keying) & set(menus) == set(), (menus, keying)
    assert len(set(keying)) == len(keying)


def test_a_saved_line_on_a_void_section_does_not_say_all_is_well(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    view = KeyingView(ws, actor, UndoHistory())
    qtbot.addWidget(view)
    view.show()
    use_window(view)
    void = Section("PAS-0201", 5)  # no declaration at all: the section is at risk
    view.open_section(log_section(ws, actor, void).value.id)
    key(qtbot, "Ana", "Ruiz")
    status = view.model.index(0, 1).data()
    assert "✓" not in status and "section" in status
    assert "✓ Line 1 saved" not in view.saved_marker.text()


def test_selected_rows_keep_their_problem_cue(qtbot: QtBot, view: KeyingView) -> None:
    from PySide6.QtGui import QColor

    view.resize(1000, 600)
    key_fields(qtbot, ["", "", "", "PO Box 7", "", "92701", "Santa Ana"])
    view.table.selectRow(0)
    status = view.model.index(0, 1).data()
    assert status.startswith("✗")  # a symbol, not only a colour
    assert isinstance(focused(), QLineEdit)
    zip_cell = view.table.visualRect(view.model.index(0, 5))  # the ZIP: out of the county
    image = view.table.viewport().grab().toImage()
    bar = QColor(image.pixel(zip_cell.left() + 1, zip_cell.center().y()))
    assert (bar.red(), bar.green(), bar.blue()) == (198, 40, 40)  # red, though selected


def test_a_closed_section_opens_for_review_and_editing_it_asks(
    qtbot: QtBot, view: KeyingView, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    key(qtbot, "Ana", "Ruiz")
    key(qtbot, "Bo", "Li")
    assert view.session is not None
    view.session.close("the rest of the sheet is blank")
    view.open_section(view.session.section_id)
    assert view.entry.number == 1  # review from the top, not "Line 3" waiting for a signer
    assert "is closed (keyed)" in view.read_only.text() and not view.read_only.isHidden()
    assert view.editing.text() == "Reviewing line 1 of a closed section"
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    last = view.entry.fields["last_name"]
    last.setFocus()
    last.selectAll()
    type_text(qtbot, last, "Cruz")
    qtbot.keyClick(last, Qt.Key.Key_Return, CTRL)
    assert signers(db)[1] == ("Ana", "Ruiz")  # No: nothing changed
    assert view.entry.fields["last_name"].text() == "Ruiz"
    last.setFocus()
    last.selectAll()
    type_text(qtbot, last, "Cruz")
    qtbot.keyClick(last, Qt.Key.Key_Return, CTRL)
    assert signers(db)[1] == ("Ana", "Cruz") and len(asked) == 2
    assert db.scalar("SELECT status FROM section WHERE serial = 'PAS-0200'") == "keying"
    assert view.read_only.isHidden()


def test_an_accent_typed_is_never_dropped_by_taking_a_completion(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from recalldesk.ui.keying.inline import InlineCompletion

    edit = QLineEdit()
    qtbot.addWidget(edit)
    completion = InlineCompletion(edit, ["Rodriguez", "Rodríguez", "Ramos"])
    edit.show()
    edit.setFocus()
    type_text(qtbot, edit, "Rodrí")
    assert edit.text() == "Rodríguez"  # the accented one is preferred over the commoner
    qtbot.keyClick(edit, Qt.Key.Key_End)
    assert edit.text() == "Rodríguez"
    completion.set_candidates(["Nunez"])
    edit.clear()
    type_text(qtbot, edit, "Nuñ")
    qtbot.keyClick(edit, Qt.Key.Key_End)
    assert edit.text() == "Nuñez"  # the letter typed with its accent stays
