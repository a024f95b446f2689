"""The Duplicates window, driven by keyboard: search, confirm with C, dismiss with D, reopen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, Section, SignatureLine
from recalldesk.ops import dedupe_queue, queries
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.duplicates_window import DuplicatesWindow
from tests.ui.keyboard import use_window

LINES = [
    ("PAS-0001", 1, "Robert", "Smith", "1234", "N Lake Ave", "91104"),
    ("PAS-0001", 2, "Jane", "Smith", "1234", "N Lake Ave", "91104"),
    ("PAS-0002", 1, "Bob", "Smith", "1234", "North Lake Avenue", "91104"),
    ("PAS-0002", 2, "Carla", "Diaz", "77", "Oak St", "91101"),
    ("PAS-0003", 1, "Carla", "Díaz", "77", "Oak Street", "91101"),
]


def keyed(ws: Workspace, actor: Actor) -> None:
    sessions: dict[str, KeyingSession] = {}
    for serial, n, first, last, number, street, zip_code in LINES:
        if serial not in sessions:
            section = Section(
                serial, 10, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
                declaration_signed=True, declaration_dated=True, declaration_place=True,
                received_on=date(2022, 2, 10),
            )  # fmt: skip
            sessions[serial] = KeyingSession(ws, actor, log_section(ws, actor, section).value.id)
        sessions[serial].save(SignatureLine(n, first, last, number, street, "", "", zip_code))


def test_a_coordinator_settles_the_queue_by_keyboard(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    keyed(ws, actor)
    window = DuplicatesWindow(ws, actor)
    qtbot.addWidget(window)
    window.show()
    use_window(window)
    assert "Nothing here" in window.detail.toPlainText()
    job = window.run_search(full=True)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: window.list.count() == 2)
    assert "2 groups to review" in window.summary.text()
    shown = window.detail.toPlainText()
    assert "≠" in shown and "counts" in shown  # differences marked, the kept line said
    first = window.current()
    assert first is not None
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_C)  # confirm: one signer
    assert window.list.count() == 1
    assert [g.id for g in dedupe_queue.queue(ws, status="confirmed")] == [first.id]
    snap = queries.dashboard_figures(ws, date(2022, 3, 1))
    assert snap is not None and snap.figures.repeats == 1
    qtbot.keyClick(window.list, Qt.Key.Key_D)  # dismiss the other
    assert window.list.count() == 0 and "0 groups to review" in window.summary.text()
    window.status.setCurrentIndex(1)  # the confirmed ones
    assert window.list.count() == 1
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_R)  # reopen: taken back
    assert window.list.count() == 0
    snap = queries.dashboard_figures(ws, date(2022, 3, 1))
    assert snap is not None and snap.figures.repeats == 0
    window.status.setCurrentIndex(0)
    assert window.list.count() == 1
