"""The section list: it keeps its place, and says why a section was closed short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, Section, SignatureLine
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.section_list import SectionList


def test_refreshing_keeps_the_scroll_position_and_the_selection(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    for n in range(300):
        log_section(ws, actor, Section(f"PAS-{n:04d}", 10))
    view = SectionList(ws)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.table.setCurrentIndex(view.model.index(250, 0))
    view.table.scrollTo(view.model.index(250, 0))
    scroll = view.table.verticalScrollBar().value()
    assert scroll > 0
    view.refresh()
    assert view.table.verticalScrollBar().value() == scroll
    assert view.table.currentIndex().row() == 250


def test_the_list_shows_why_a_section_was_closed_short(ws: Workspace, actor: Actor) -> None:
    stored = log_section(ws, actor, Section("PAS-0001", 3)).value
    session = KeyingSession(ws, actor, stored.id)
    session.save(SignatureLine(1, "Ana", "Ruiz", "1", "Oak St", "", "", "91101"))
    session.close("two lines torn off")
    view = SectionList(ws)
    model = view.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = header.index("Why totals differ")
    assert model.index(0, column).data() == "two lines torn off"
    assert model.index(0, 1).data() == "keyed"
