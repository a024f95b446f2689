"""A volunteer logs and keys a section in Spanish, keyboard only (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor
from recalldesk.ops.undo import UndoHistory
from recalldesk.ops.workspace import Workspace
from recalldesk.store import sections
from recalldesk.ui import language
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.keying.keying_view import KeyingView
from recalldesk.ui.main_window import MainWindow
from tests.ui.keyboard import key_fields, type_text, use_window


@pytest.fixture
def spanish(qapp: object) -> Iterator[None]:
    language.use_language("es")
    yield
    language.use_language("en")


@pytest.mark.usefixtures("spanish")
def test_a_section_logged_and_keyed_in_spanish(qtbot: QtBot, ws: Workspace, actor: Actor) -> None:
    intake = IntakeDialog(ws, actor)
    qtbot.addWidget(intake)
    intake.show()
    use_window(intake)
    labels = " ".join(w.text() for w in intake.findChildren(QLabel))
    assert "Circulada d&esde (d/m/aaaa (día/mes/año)):" in labels  # the order is said
    type_text(qtbot, intake.serial, "PAS-0777")
    intake.declared.setValue(3)
    type_text(qtbot, intake.started, "3/2/22")  # 3 February: day first in Spanish
    type_text(qtbot, intake.ended, "14/2/22")
    for box in (intake.signed, intake.dated, intake.place):
        box.setChecked(True)
    intake.received.clear()
    type_text(qtbot, intake.received, "15/2/22")
    intake.save()
    logged = sections.find_section(ws.db, "PAS-0777")
    assert logged is not None
    assert (str(logged.section.circulated_from), str(logged.section.circulated_to)) == (
        "2022-02-03", "2022-02-14",
    )  # fmt: skip
    assert str(logged.section.received_on) == "2022-02-15"

    view = KeyingView(ws, actor, UndoHistory())
    qtbot.addWidget(view)
    view.show()
    use_window(view)
    view.open_section(logged.id)
    key_fields(qtbot, ["José", "Muñoz", "1520", "N Lake Ave", "4", "91104", ""])
    key_fields(qtbot, ["Mei", "Chen", "88", "N Lake Ave", "", "", ""], end=Qt.Key.Key_Return)
    assert view.saved_marker.text() == "✓ Línea 2 guardada", view.saved_marker.text()
    rows = ws.db.query(
        "SELECT line_number, first_name, last_name, city FROM signature_line "
        "WHERE section_id = ? ORDER BY line_number",
        (logged.id,),
    )
    expected = [(1, "José", "Muñoz", "Pasadena"), (2, "Mei", "Chen", "Pasadena")]
    assert [tuple(r) for r in rows] == expected


@pytest.mark.usefixtures("spanish")
def test_the_main_window_speaks_spanish(qtbot: QtBot, ws: Workspace, actor: Actor) -> None:
    window = MainWindow(ws, actor)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Editar", "&Línea", "&Ver", "Ay&uda"], menus
    assert "oficina" in window.windowTitle()


def _accelerator(text: str) -> str | None:
    import re

    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("code", ["en", "es"])
def test_every_menu_item_has_its_own_accelerator_in_each_language(
    qtbot: QtBot, ws: Workspace, actor: Actor, code: str
) -> None:
    """Alt+letter reaches each item of a menu in one press: no letter twice, none missing
    (found in a real X window: Ver → c went to Captura, not to high contrast)."""
    language.use_language(code)
    try:
        window = MainWindow(ws, actor)
        qtbot.addWidget(window)
        bar = window.menuBar().actions()
        clashes = []
        tops = [_accelerator(a.text()) for a in bar]
        assert None not in tops and len(set(tops)) == len(tops), tops
        for top in bar:
            seen: dict[str | None, str] = {}
            for item in top.menu().actions():
                if item.isSeparator():
                    continue
                key = _accelerator(item.text())
                if key is None or key in seen:
                    clashes.append(f"{top.text()}: {item.text()!r} vs {seen.get(key)!r}")
                seen[key] = item.text()
        assert clashes == []
    finally:
        language.use_language("en")
