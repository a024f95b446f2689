"""File → Signing keys…: make a key, trust an office's by its fingerprint, revoke it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from recalldesk.ops import office_keys
from recalldesk.ui.keys_dialog import KeysDialog
from tests.sync_world import World


def answering(qtbot: QtBot, answers: list[str]) -> Callable[[], None]:
    """Type each answer into the next input box (Enter); press Yes / OK in message boxes."""

    def step() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog) and answers:
            box.setTextValue(answers.pop(0))
            qtbot.keyClick(box, Qt.Key.Key_Return)
        elif isinstance(box, QMessageBox):
            button = box.button(QMessageBox.StandardButton.Yes) or box.button(
                QMessageBox.StandardButton.Ok
            )
            button.click()
        if answers or box is not None:
            QTimer.singleShot(50, step)

    return step


def test_a_coordinator_trusts_an_offices_key_by_keyboard_and_revokes_it(
    qtbot: QtBot, world: World
) -> None:
    office = KeysDialog(world.pas.ws, world.pas.actor)
    qtbot.addWidget(office)
    QTimer.singleShot(50, answering(qtbot, ["an office password", "an office password"]))
    office.make_key()
    heard = office_keys.own_fingerprint(world.pas.ws)
    assert heard and heard in office.own.text()
    path = office_keys.write_enrollment(world.pas.ws, world.out)

    central = KeysDialog(world.hq.ws, world.hq.actor)
    qtbot.addWidget(central)
    assert central.require.isVisibleTo(central)
    QTimer.singleShot(50, answering(qtbot, ["0000-0000-0000-0000"]))  # misheard: refused
    central.trust_path(path)
    assert central.table.topLevelItemCount() == 0
    QTimer.singleShot(50, answering(qtbot, [heard]))
    central.trust_path(path)
    assert central.table.topLevelItemCount() == 1
    assert central.table.topLevelItem(0).text(0) == "PAS"
    central.table.setCurrentItem(central.table.topLevelItem(0))
    QTimer.singleShot(50, answering(qtbot, []))
    central.revoke_selected()
    assert "revoked" in central.table.topLevelItem(0).text(2)
