"""Who is keying: type to find yourself; a new name only after saying so; Cancel works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from recalldesk.ops import people
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.operator_dialog import OperatorDialog
from tests.ui.keyboard import type_text, use_window


@pytest.fixture
def dialog(qtbot: QtBot, ws: Workspace) -> OperatorDialog:
    for name in ("Tom Nguyen", "Grace Kim", "Luis Ortega"):
        people.add_operator(ws, name)
    widget = OperatorDialog(ws)
    qtbot.addWidget(widget)
    widget.show()
    use_window(widget)
    return widget


def names(dialog: OperatorDialog) -> list[str]:
    return [dialog.list.item(r).text() for r in range(dialog.list.count())]


def test_typing_filters_even_with_the_list_focused(qtbot: QtBot, dialog: OperatorDialog) -> None:
    assert len(names(dialog)) == 4  # Ana Reyes (the template's) and three more
    dialog.list.setFocus()
    qtbot.keyClicks(dialog.list, "gr")
    assert dialog.name.text() == "gr" and names(dialog) == ["Grace Kim (GK)"]
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.value.name == "Grace Kim"


def test_a_new_name_is_confirmed_and_a_close_one_warned(
    qtbot: QtBot, dialog: OperatorDialog, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    type_text(qtbot, dialog.name, "Ana Reys")  # a typo of Ana Reyes
    assert names(dialog) == []
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "Ana Reyes is already on the list" in asked[0]
    assert len(people.operators(ws)) == 4 and dialog.isVisible()  # No: nothing added
    dialog.name.clear()
    type_text(qtbot, dialog.name, "Mei Chen")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "Add “Mei Chen” as a new operator" in asked[1]
    assert dialog.chosen is not None and dialog.chosen.value.name == "Mei Chen"
    assert len(people.operators(ws)) == 5


def test_cancel_chooses_nobody(qtbot: QtBot, dialog: OperatorDialog) -> None:
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.chosen is None
