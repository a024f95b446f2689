"""The main window over a real database: figures, export with progress, cancel."""

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, Section, SignatureLine
from recalldesk.core.work import Cancelled
from recalldesk.core.zipdata import ZipTable
from recalldesk.ops.people import operator_actor
from recalldesk.ops.workspace import Workspace
from recalldesk.store import lines, people, sections
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database, open_database
from recalldesk.ui.actions import ActionId
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.problem_model import ProblemCountsModel


@pytest.fixture
def keyed(db: Database, actor: Actor, zips: ZipTable) -> Database:
    campaign = get_campaign(db)
    assert campaign is not None
    office_id = people.list_offices(db)[0].id
    stored = sections.add_section(db, actor, campaign, Section("PAS-1", 4), office_id, None)
    for line in (
        SignatureLine(1, "Ana", "Ruiz", "12", "Oak St", "", "Pasadena", "91101"),
        SignatureLine(2, "Bo", "Li", "", "Elm St", "", "", "91101"),
        SignatureLine(3, "Cy", "Ng", "9", "Main St", "", "", "92701"),
    ):
        lines.accept_line(db, actor, zips, stored.id, line)
    return db


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    ws = Workspace(db)
    offices = people.list_offices(db)
    ana = people.list_operators(db, offices[0].id)[0] if offices else None
    window = MainWindow(ws, operator_actor(ws, ana) if ana else None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.jobs[0].finished, timeout=10_000):
        pass
    return window


def test_dashboard_shows_the_databases_figures(qtbot: QtBot, keyed: Database) -> None:
    window = open_window(qtbot, keyed)
    assert window.dashboard.values["keyed"].text().startswith("3 ")
    assert window.dashboard.values["ruled_out"].text() == "2"  # two lines with errors
    assert window.dashboard.values["void"].text() == "1"  # the clean line, on a void section
    codes = {window.dashboard.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)}
    assert codes == {"MISSING_STREET_NUMBER", "ZIP_OUT_OF_COUNTY"}
    assert "never overestimates" in window.dashboard.note.text()


def test_empty_database_says_how_to_get_started(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "empty.sqlite3")
    window = open_window(qtbot, db)
    assert "demo" in window.dashboard.subtitle.text()
    assert not window.actions_by_id[ActionId.EXPORT].isEnabled()
    db.close()


def test_export_runs_off_the_gui_thread_and_writes_the_file(
    qtbot: QtBot, keyed: Database, tmp_path: Path
) -> None:
    window = open_window(qtbot, keyed)
    target = tmp_path / "out.xlsx"
    job = window.start_export(target)
    with qtbot.waitSignal(job.succeeded, timeout=20_000):
        pass
    sheet = openpyxl.load_workbook(target, read_only=True)["Signatures"]
    assert sheet.max_row == 4


def test_cancelled_export_leaves_no_file(qtbot: QtBot, keyed: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, keyed)
    target = tmp_path / "out.xlsx"
    job = window.start_export(target)
    job.cancel()
    with qtbot.waitSignal(job.failed, timeout=20_000) as blocker:
        pass
    assert isinstance(blocker.args[0], Cancelled)
    assert not target.exists() and not list(tmp_path.glob(".out.xlsx*"))


def test_problem_model_passes_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ProblemCountsModel()
    model.set_counts({"MISSING_NAME": 3, "ZIP_OUT_OF_COUNTY": 10, "NOT_A_CODE": 1})
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "ZIP outside the county"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == "ZIP_OUT_OF_COUNTY"
    assert "ZIP_OUT_OF_COUNTY" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_job_can_be_waited_for_from_the_gui_thread(qtbot: QtBot) -> None:
    """Closing the window waits for running jobs: that must not need the event loop."""
    import time

    from recalldesk.ui.jobs import Job

    job = Job(lambda _progress, _cancelled: time.sleep(0.05) or 42)
    job.start()
    started = time.monotonic()
    assert job.wait(5_000)
    assert time.monotonic() - started < 2
    with qtbot.waitSignal(job.finished, timeout=5_000):
        pass
