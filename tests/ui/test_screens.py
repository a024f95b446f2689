"""Render the main screens offscreen to PNG, so they can be looked at (and are in CI)."""

from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, Section
from recalldesk.ops.intake import log_section
from recalldesk.ops.people import operator_actor
from recalldesk.ops.workspace import Workspace
from recalldesk.store import people
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.main_window import MainWindow
from tests.ui.keyboard import key_fields, use_window


def save(widget: object, path: Path) -> QImage:
    QApplication.processEvents()  # let layouts settle before the picture is taken
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    image = QImage(str(path))
    assert image.width() > 600 and image.height() > 300
    colors = {
        image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 13)
    }
    assert len(colors) > 5, "the picture is blank"
    return image


def test_render_main_screens(qtbot: QtBot, ws: Workspace, actor: Actor, tmp_path: Path) -> None:
    office = people.list_offices(ws.db)[0]
    operator = people.list_operators(ws.db, office.id)[0]
    window = MainWindow(ws, operator_actor(ws, operator))
    qtbot.addWidget(window)
    window.show()
    use_window(window)
    intake = IntakeDialog(ws, actor)
    qtbot.addWidget(intake)
    intake.show()
    intake.serial.setText("PAS-000777")
    intake.declared.setValue(10)
    intake.started.setText("1/20/22")
    save(intake, tmp_path / "intake.png")
    assert "before the petition was approved" in intake.problems.text()

    section = Section("PAS-000778", 6, circulated_from=date(2022, 3, 1),
                      circulated_to=date(2022, 3, 9), declaration_signed=True,
                      declaration_dated=False, declaration_place=True)  # fmt: skip
    stored = log_section(ws, actor, section).value
    window.open_section(stored.id)
    use_window(window)
    key_fields(qtbot, ["María", "Hernández", "1520", "N Lake Ave", "4", "91104", ""])
    key_fields(qtbot, ["", "", "", "PO Box 12", "", "92701", "Santa Ana"])
    key_fields(qtbot, ["Tom", "Lee", "88", "Colorado Blvd", "", "91101", "Long Beach"])
    save(window, tmp_path / "keying.png")
    window.show_page(window.section_list)
    save(window, tmp_path / "sections.png")


def test_section_list_model_passes_qt_model_tester(qtmodeltester, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    from recalldesk.ui.section_model import SectionListModel

    model = SectionListModel(ws)
    qtmodeltester.check(model)
