"""Text size and themes, per operator (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor
from recalldesk.ops.workspace import Workspace
from recalldesk.ui import appearance
from recalldesk.ui.actions import ActionId
from recalldesk.ui.appearance_menu import apply_look
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.settings import OPERATOR_THEME, OPERATOR_ZOOM, Settings
from tests.ui.keyboard import use_window


@pytest.fixture
def window(qtbot: QtBot, ws: Workspace, actor: Actor, tmp_path: Path) -> Iterator[MainWindow]:
    shown = MainWindow(ws, actor, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    shown.show()
    use_window(shown)
    yield shown
    appearance.use_zoom(100)
    appearance.use_theme(appearance.SYSTEM)


def test_ctrl_plus_and_minus_zoom_every_text_and_are_kept_per_operator(
    qtbot: QtBot, window: MainWindow, actor: Actor
) -> None:
    base = QApplication.font().pointSizeF()
    title = window.dashboard.title.font().pointSizeF()
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert appearance.zoom() == 125
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    assert window.dashboard.title.font().pointSizeF() == pytest.approx(title * 1.25)
    assert window.settings is not None
    assert window.settings.operator_choice(actor.operator_id, OPERATOR_ZOOM) == "125"
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert appearance.zoom() == 110
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert appearance.zoom() == 100
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    for _ in range(20):  # never past the largest step
        window.zoom_by(1)
    assert appearance.zoom() == appearance.ZOOM_STEPS[-1] == 250


def test_a_theme_is_kept_per_operator_and_rebuilds_the_window(
    window: MainWindow, actor: Actor
) -> None:
    window.actions_by_id[ActionId.THEME_CONTRAST].trigger()
    assert appearance.theme() == appearance.CONTRAST
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert appearance.color("error") == "#ff9e9e"  # 7:1 and more on black
    assert window.reopen_after_close and window.next_actor is actor  # built again in it
    assert window.settings is not None
    assert window.settings.operator_choice(actor.operator_id, OPERATOR_THEME) == "contrast"
    appearance.use_theme(appearance.LIGHT)  # another operator's look, then theirs again
    assert apply_look(window.settings, actor.operator_id) is True
    assert appearance.theme() == appearance.CONTRAST


def test_colours_carry_a_symbol_or_words_too() -> None:
    """The line grid's status says ✗ / ⚠ in words as well as colour (checked in keying
    tests); here: every role has a colour in each theme, light and dark differ."""
    light = {r: appearance.color(r, light=True) for r in appearance._LIGHT}
    appearance.use_theme(appearance.DARK)
    try:
        dark = {r: appearance.color(r) for r in appearance._LIGHT}
    finally:
        appearance.use_theme(appearance.SYSTEM)
    assert set(light) == set(dark) and light["error"] != dark["error"]
