"""The voter file's mapping dialog, driven by keyboard: guessed columns, a required field
left out, status codes, presets saved and deleted, and the mapping it hands back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor
from recalldesk.core.voter_file import DEMO_PRESET, VoterStatus
from recalldesk.ops import voter_presets, voters
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.voter_mapping_dialog import VoterMappingDialog
from tests.ops.test_sample import central
from tests.ops.test_voters import voter, write
from tests.ui.keyboard import use_window

__all__ = ["central"]

HEADER = ["REG_ID", "NAME_LAST", "NAME_FIRST", "HOUSE_NO", "STREET", "APT", "RES_CITY",
          "RES_ZIP", "VOTER_STATUS", "REG_DATE", "PRECINCT"]  # fmt: skip


def county_file(path: Path) -> Path:
    """A pipe-delimited extract in another county's layout, with a status code "Q"."""
    rows = [
        [f"R{n}", "LOPEZ", "ANA", str(100 + n), "N LAKE AVE", "", "PASADENA", "91104",
         "AIQC"[n % 4], "03/15/2018", "9001"]
        for n in range(30)
    ]  # fmt: skip
    path.write_text("\n".join("|".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def opened(qtbot: QtBot, ws: Workspace, actor: Actor, path: Path) -> VoterMappingDialog:
    dialog = VoterMappingDialog(ws, actor, None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    use_window(dialog)
    return dialog


def test_a_county_layout_is_read_guessed_and_checked_before_import(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    path = county_file(tmp_path / "orange.txt")
    dialog = opened(qtbot, central, actor, path)
    assert dialog.info.text().startswith("UTF-8 · 11 columns")
    assert dialog.delimiter.currentData() == "|"
    assert dialog.table.rowCount() == 20 and dialog.table.columnCount() == 11
    assert dialog.table.item(0, 1).text() == "LOPEZ"
    guessed = {f: c.currentText() for f, c in dialog.columns.items() if c.currentData()}
    assert guessed == {
        "voter_id": "REG_ID", "first_name": "NAME_FIRST", "last_name": "NAME_LAST",
        "street_number": "HOUSE_NO", "street_name": "STREET", "zip": "RES_ZIP", "unit": "APT",
        "city": "RES_CITY", "status": "VOTER_STATUS", "registered_on": "REG_DATE",
    }  # fmt: skip
    assert sorted(dialog.statuses) == ["A", "C", "I", "Q"]
    assert "“Q”" in dialog.error.text() and not dialog.ok.isEnabled()  # nobody said what Q is
    q = dialog.statuses["Q"]
    q.setFocus()
    qtbot.keyClicks(q, "c")  # canceled
    assert q.currentData() == "canceled" and dialog.error.text() == ""
    assert dialog.ok.isEnabled()

    last = dialog.columns["last_name"]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Home)  # "— not in the file —"
    assert last.currentData() == ""
    assert dialog.error.isVisible() and "Last name" in dialog.error.text()
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(last, "NAME_L")
    assert last.currentData() == "NAME_LAST" and dialog.ok.isEnabled()

    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)  # the preview, then the day received
    assert dialog.received.hasFocus()
    qtbot.keyClicks(dialog.received, "03012022")  # each part fills, then the next
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    mapping = dialog.mapping
    assert mapping is not None and dialog.path == path
    assert dialog.received_on == date(2022, 3, 1)
    assert mapping.delimiter == "|" and mapping.columns["last_name"] == "NAME_LAST"
    assert mapping.statuses == {"A": VoterStatus.ACTIVE, "C": VoterStatus.CANCELED,
                                "I": VoterStatus.INACTIVE, "Q": VoterStatus.CANCELED}  # fmt: skip
    done = voters.import_voters(central, actor, path, mapping, received_on=dialog.received_on)
    assert done.value.voters == 30 and voters.by_status(central)["canceled"] == 14


def test_a_file_that_cannot_be_read_is_said_at_once(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just one column\nand another line\n")
    dialog = opened(qtbot, central, actor, path)
    assert "notes.txt" in dialog.error.text() and "no tab, pipe or comma" in dialog.error.text()
    assert not dialog.ok.isEnabled() and dialog.table.rowCount() == 0


def test_presets_are_picked_saved_and_deleted(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = county_file(tmp_path / "orange.txt")
    dialog = opened(qtbot, central, actor, path)
    combo = dialog.presets.combo
    combo.setFocus()
    qtbot.keyClicks(combo, "RecallDesk")  # the built-in demo layout: not this file's
    assert dialog.presets.name() == "RecallDesk demo"
    assert not dialog.presets.delete.isEnabled()  # never deleted
    assert dialog.delimiter.currentData() == "\t"  # the preset's delimiter, read again
    assert "Voter id" in dialog.error.text()  # its columns are not in this file
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # guessed from the headers again
    assert dialog.columns["last_name"].currentData() == "NAME_LAST"
    dialog.statuses["Q"].setCurrentIndex(dialog.statuses["Q"].findData("inactive"))

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Orange  County", True))
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # "Save as preset…"
    assert dialog.presets.name() == "Orange County" and dialog.presets.delete.isEnabled()
    kept = voter_presets.load(central, "Orange County")
    assert kept.columns["zip"] == "RES_ZIP" and kept.statuses["Q"] is VoterStatus.INACTIVE
    assert kept.delimiter == "|"
    assert dialog.current_mapping().name == "Orange County"

    again = opened(qtbot, central, actor, county_file(tmp_path / "next.txt"))
    assert again.presets.name() == "Orange County"  # the next file in this layout: taken
    assert again.statuses["Q"].currentData() == "inactive" and again.ok.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.presets.delete.setFocus()
    qtbot.keyClick(dialog.presets.delete, Qt.Key.Key_Space)
    assert [p.name for p in voter_presets.presets(central)] == [DEMO_PRESET.name]
    assert dialog.presets.name() is None  # back to the guess


def test_the_demo_file_maps_itself(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    dialog = opened(qtbot, central, actor, write(tmp_path / "v.tsv", [voter(1), voter(2)]))
    assert dialog.current_mapping().columns == DEMO_PRESET.columns
    assert dialog.ok.isEnabled() and list(dialog.statuses) == ["A"]
    assert dialog.current_mapping().statuses == DEMO_PRESET.statuses  # I and C kept too
    assert dialog.presets.name() == DEMO_PRESET.name  # every column of the preset is there
    assert dialog.current_mapping().name == DEMO_PRESET.name


def test_after_choosing_a_file_enter_imports(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Tried in a real window: focus stayed on "Choose file…", so the Enter a person presses
    next opened the file chooser again. Now it moves to Import."""
    from PySide6.QtWidgets import QFileDialog

    path = write(tmp_path / "v.tsv", [voter(1), voter(2)])
    dialog = VoterMappingDialog(ws=central, actor=actor, parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    use_window(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.keyClick(dialog.choose, Qt.Key.Key_Space)  # "Choose file…"
    assert dialog.focusWidget() is dialog.ok
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
