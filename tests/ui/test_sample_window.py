"""The Sample window, driven by keyboard: results typed as digits, the projection follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor
from recalldesk.ops import sample
from recalldesk.ops.sample_files import write_checklist
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.sample_window import SampleWindow
from tests.ops.test_sample import NAMES, central, key_lines
from tests.ops.test_sample_files import fill
from tests.ui.keyboard import use_window

__all__ = ["central"]


def test_results_are_typed_as_digits_and_saved_at_once(
    qtbot: QtBot, central: Workspace, actor: Actor
) -> None:
    key_lines(central, actor, "PAS-0001", NAMES)
    drawn = sample.draw(central, actor, size=5, seed=9).value
    window = SampleWindow(central, actor)
    qtbot.addWidget(window)
    window.show()
    use_window(window)
    assert window.model.rowCount() == 5
    assert "No results yet" in window.findings.toPlainText()
    window.table.setFocus()
    for key in ("1", "1", "2", "1"):  # valid, valid, not registered, valid — then one left
        qtbot.keyClick(window.table, key)
    assert window.table.currentIndex().row() == 4  # moved on after each
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)  # take the fourth back
    saved = [r.result for r in sample.rows(central, drawn.id)]
    assert saved == ["valid", "valid", "not_registered", "", ""]
    window.show_findings()
    text = window.findings.toPlainText()
    assert "3 of 5 drawn lines checked" in text and "Projected valid" in text
    assert "Wilson" in text and "too few to speak for the drive" in text
    assert window.model.data(window.model.index(2, 1)) == "Not registered"


def test_a_filled_checklist_is_imported_from_the_window(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    key_lines(central, actor, "PAS-0001", NAMES)
    drawn = sample.draw(central, actor, size=4, seed=2).value
    path = tmp_path / "c.xlsx"
    write_checklist(central, actor, drawn.id, path)
    fill(path, {1: "Valid", 2: "Valid", 3: "Out of county"})
    window = SampleWindow(central, actor)
    qtbot.addWidget(window)
    job = window.import_file(drawn.id, path)
    assert not window.import_button.isEnabled()  # while the file is read in the background
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: "Read 3 results" in window.note.text())
    assert window.model.results == ["valid", "valid", "out_of_county", ""]
    assert window.import_button.isEnabled()
    out = tmp_path / "again.xlsx"
    job = window.write_file(drawn.id, out)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: "Wrote" in window.note.text())
    assert out.exists()


def test_an_office_sees_why_it_cannot_draw(qtbot: QtBot, ws: Workspace, actor: Actor) -> None:
    window = SampleWindow(ws, actor)
    qtbot.addWidget(window)
    assert not window.draw_button.isEnabled()
    assert "central office" in window.note.text()
    assert "No sample drawn yet" in window.findings.toPlainText()
