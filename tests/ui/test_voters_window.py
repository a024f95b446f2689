"""The Voter file window, driven by keyboard: import in the background, a refusal that
changes nothing, Cancel, matching, and the review list settled with digits and N."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, Section, SignatureLine
from recalldesk.core.voter_file import DEMO_PRESET
from recalldesk.ops import voter_match, voter_review, voters
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.people import operator_actor
from recalldesk.ops.workspace import Workspace
from recalldesk.store import people
from recalldesk.ui.actions import ActionId
from recalldesk.ui.jobs import Job
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.voter_candidates_dialog import CandidatesDialog
from recalldesk.ui.voter_mapping_dialog import VoterMappingDialog
from recalldesk.ui.voter_review_model import ReviewModel
from recalldesk.ui.voters_window import VotersWindow
from tests.ops.test_sample import central
from tests.ops.test_voter_review import LINES, VOTERS, row
from tests.ops.test_voters import voter, write
from tests.ui.keyboard import drive_modal, use_window
from tests.ui.test_window_conventions import unnamed_inputs

__all__ = ["central"]


def keyed(ws: Workspace, actor: Actor) -> None:
    section = Section(
        "PAS-0001", 10, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
        declaration_signed=True, declaration_dated=True, declaration_place=True,
        received_on=date(2022, 2, 10),
    )  # fmt: skip
    session = KeyingSession(ws, actor, log_section(ws, actor, section).value.id)
    for n, (first, last, number, street) in enumerate(LINES, start=1):
        session.save(SignatureLine(n, first, last, number, street, "", "Pasadena", "91104"))


def opened(qtbot: QtBot, ws: Workspace, actor: Actor) -> VotersWindow:
    window = VotersWindow(ws, actor)
    qtbot.addWidget(window)
    window.show()
    use_window(window)
    return window


def finish(qtbot: QtBot, job: Job) -> None:
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass


def test_a_coordinator_imports_matches_and_settles_by_keyboard(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    keyed(central, actor)
    window = opened(qtbot, central, actor)
    assert "No voter file imported yet" in window.provenance.text()
    assert not window.match_button.isEnabled() and window.model.rowCount() == 0
    path = write(tmp_path / "la-voters.tsv", VOTERS)
    job = window.import_file(path, DEMO_PRESET, date(2022, 3, 1))
    assert not window.import_button.isEnabled()  # while the file is read in the background
    finish(qtbot, job)
    assert "✓ Imported 7 voters from la-voters.tsv; 0 rows refused." in window.note.text()
    shown = window.provenance.text()
    assert "la-voters.tsv" in shown and "received 2022-03-01" in shown and "by Ana Reyes" in shown
    assert voters.files(central)[0].sha256 in shown
    assert "4 active · 2 inactive (still registered) · 1 canceled" in shown
    assert window.predicted.text() == "No line matched yet."

    finish(qtbot, window.run_match())
    assert "Matched 5 lines" in window.note.text()
    assert "two voters fit: to review: 1" in window.predicted.text()
    assert window.summary.text() == "2 lines to review"
    assert [window.model.data(window.model.index(r, 2)) for r in range(2)] == [
        "Jose Garcia", "Maria Lopez"]  # fmt: skip
    assert window.model.data(window.model.index(0, 3)) == "12 N Lake Ave, Pasadena 91104"

    window.table.setFocus()
    seen: list[str] = []

    def pick_second(dialog: QWidget) -> None:
        seen.append(dialog.list.item(1).text())  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.list, Qt.Key.Key_2)  # type: ignore[attr-defined]

    drive_modal(lambda: qtbot.keyClick(window.table, Qt.Key.Key_Return), pick_second)
    assert seen[0].startswith("2.  Jose Garcia Sr — 12 N Lake Ave") and "canceled" in seen[0]
    assert row(central, 1)[0] == "canceled" and row(central, 1)[3] == "Ana Reyes"
    assert window.model.rowCount() == 1 and window.table.currentIndex().row() == 0  # moved on
    assert window.summary.text() == "1 line to review"

    drive_modal(  # Esc leaves the line as it is
        lambda: qtbot.keyClick(window.table, Qt.Key.Key_Return),
        lambda dialog: qtbot.keyClick(dialog.list, Qt.Key.Key_Escape),  # type: ignore[attr-defined]
    )
    assert row(central, 3)[3] is None and window.model.rowCount() == 1
    drive_modal(
        lambda: qtbot.keyClick(window.table, Qt.Key.Key_Return),
        lambda dialog: qtbot.keyClick(dialog.list, Qt.Key.Key_N),  # type: ignore[attr-defined]
    )
    assert row(central, 3)[:2] == ("not_found", None) and window.model.rowCount() == 0
    assert voter_review.count_to_review(central) == 0


def test_a_refused_file_changes_nothing_and_says_which_rows(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    voters.import_voters(central, actor, write(tmp_path / "good.tsv", VOTERS), DEMO_PRESET)
    window = opened(qtbot, central, actor)
    bad = write(tmp_path / "bad.tsv", [voter(n, Zip="x") for n in range(1, 150)])
    finish(qtbot, window.import_file(bad, DEMO_PRESET, date(2022, 3, 2)))
    text = window.note.text()
    assert (
        text.startswith("✗ The voter file bad.tsv was not imported") and "nothing changed" in text
    )
    assert "Line 2: voter LA0000001: “x” is not a ZIP code." in text
    assert "Line 6:" in text and "Line 7:" not in text  # the first five rows named
    assert [f.file_name for f in voters.files(central)] == ["good.tsv"]
    assert voters.by_status(central) == {"active": 4, "inactive": 2, "canceled": 1}
    assert "good.tsv" in window.provenance.text() and window.import_button.isEnabled()


def test_cancel_stops_an_import_and_nothing_changes(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    window = opened(qtbot, central, actor)
    big = write(tmp_path / "big.tsv", [voter(n) for n in range(1, 120_001)])
    job = window.import_file(big, DEMO_PRESET, date(2022, 3, 2))
    progress = window.findChild(QProgressDialog)
    assert progress is not None
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    finish(qtbot, job)
    assert window.note.text() == "Stopped; nothing changed."
    assert voters.files(central) == [] and voters.by_status(central) == {}


def test_an_office_sees_why_it_cannot_import(qtbot: QtBot, ws: Workspace, actor: Actor) -> None:
    window = opened(qtbot, ws, actor)
    assert not window.import_button.isEnabled() and not window.match_button.isEnabled()
    assert "central office" in window.note.text()
    office = MainWindow(
        ws, operator_actor(ws, people.list_operators(ws.db, people.list_offices(ws.db)[0].id)[0])
    )
    qtbot.addWidget(office)
    assert not office.actions_by_id[ActionId.VOTER_FILE].isEnabled()


def test_the_file_menu_opens_the_window_at_central(
    qtbot: QtBot, central: Workspace, actor: Actor
) -> None:
    main = MainWindow(central, actor)  # a coordinator: the voter file is theirs
    qtbot.addWidget(main)
    action = main.actions_by_id[ActionId.VOTER_FILE]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+V"
    assert action in main.menuBar().actions()[0].menu().actions()  # type: ignore[union-attr]
    action.trigger()
    opened_now = main.findChild(VotersWindow)
    assert opened_now is not None and opened_now.isVisible()
    opened_now.close()


def test_the_review_model_passes_qt_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    keyed(central, actor)
    voters.import_voters(central, actor, write(tmp_path / "v.tsv", VOTERS), DEMO_PRESET)
    voter_match.match_lines(central, actor)
    model = ReviewModel()
    model.set_rows(voter_review.to_review(central))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_every_input_is_named(
    qtbot: QtBot, central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    keyed(central, actor)
    voters.import_voters(central, actor, write(tmp_path / "v.tsv", VOTERS), DEMO_PRESET)
    voter_match.match_lines(central, actor)
    line = voter_review.to_review(central)[0]
    dialogs = (
        VotersWindow(central, actor),
        VoterMappingDialog(central, actor, None, write(tmp_path / "w.tsv", VOTERS)),
        CandidatesDialog(line, voter_review.candidates(central, line.line_id)),
    )
    for widget in dialogs:
        qtbot.addWidget(widget)
        assert [n for n in unnamed_inputs(widget) if "qt_" not in n] == []


def test_a_lines_address_reads_as_keyed() -> None:
    from dataclasses import replace

    from recalldesk.ops.voter_review import ReviewLine
    from recalldesk.ui.voter_review_model import line_address

    line = ReviewLine(1, "u", "PAS-1", 1, "Ana", "Ruiz", "247", "Melrose Ave", "", "Glendale",
                      "91203", "registered", None, 0.0, "", 2, None)  # fmt: skip
    assert line_address(line) == "247 Melrose Ave, Glendale 91203"
    shown = [line_address(replace(line, unit=u)) for u in ("#4D", "4D", "Apt 4")]
    assert [s.split(",")[0] for s in shown] == [
        "247 Melrose Ave #4D", "247 Melrose Ave #4D", "247 Melrose Ave Apt 4"]  # fmt: skip
