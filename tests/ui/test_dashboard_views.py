"""The dashboard's chart and its table by office and circulator, on a worker thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor
from recalldesk.ops import people
from recalldesk.ops.people import operator_actor
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.report_pdf import write_report_pdf
from recalldesk.ui.standing_view import StandingView
from tests.ops.test_keying_reports import verify_at_pas
from tests.ops.test_sample import NAMES, key_lines
from tests.sync_world import World


def test_the_chart_and_the_breakdown_show_the_drive(
    qtbot: QtBot, ws: Workspace, actor: Actor, tmp_path: Path
) -> None:
    key_lines(ws, actor, "PAS-0001", NAMES)
    window = MainWindow(ws, operator_actor(ws, people.operators(ws)[0]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.chart.data is not None, timeout=10_000)
    chart = window.dashboard.chart
    assert chart.data is not None and sum(chart.data.per_day.values()) == len(NAMES)
    assert "6 raw signatures so far" in chart.accessibleDescription()
    for explained in (
        chart,
        window.dashboard.office_bars,
        window.dashboard.verdict.basis,
        window.dashboard.verdict.pace,
        window.dashboard.verdict.headline,
    ):
        assert explained.toolTip(), explained  # every figure says how it is computed
    assert "Projected" in window.dashboard.verdict.headline.text()
    assert window.dashboard.office_bars.bars == [("PAS", len(NAMES))]
    assert "assumed validity" in window.dashboard.verdict.basis.text()  # 6 lines: too few
    report = tmp_path / "report.pdf"
    snap, today = window.dashboard.last_figures, window.dashboard.today
    assert snap is not None and today is not None
    write_report_pdf(report, snap, today)
    assert report.read_bytes().startswith(b"%PDF")
    png = tmp_path / "chart.png"
    assert chart.grab().save(str(png)) and png.stat().st_size > 1000
    view = window.dashboard.breakdown
    assert view is not None
    window.dashboard.tabs.setCurrentWidget(view)
    assert view.job is not None
    with qtbot.waitSignal(view.job.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row_values(0)[2] == ("6", 6)
    out = tmp_path / "by-office.xlsx"
    view.export_to(out)
    assert out.exists() and "Wrote" in view.status.text()


def test_the_voter_file_tab_shows_the_registrars_table_predicted(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A central drive with its voter file matched: the tab says the predicted valid count
    against the requirement, and every category of the registrar's table."""
    from recalldesk.core.records import Role
    from recalldesk.core.voter_file import DEMO_PRESET
    from recalldesk.ops import demo, sign_in, voter_match, voters
    from recalldesk.ops.voter_figures import predicted
    from recalldesk.store import campaign as campaign_store
    from recalldesk.ui.predicted_view import PredictedView

    ws = Workspace.open(tmp_path / "recalldesk.sqlite3")
    demo.fill_demo(ws, lines=600, offices=3, seed=7, central=True)
    campaign_store.set_meta(ws.db, "role", str(Role.CENTRAL))
    ws.reload()
    actor = sign_in.first_manager(ws, people.operators(ws)[0].value.name, "the demo's lead").value
    view = PredictedView(ws)
    qtbot.addWidget(view)
    view.show_figures(predicted(ws))
    assert "No voter file yet" in view.headline.text()
    path = tmp_path / "voters.tsv"
    demo.write_demo_voter_file(ws, path, lines=600, offices=3, seed=7)
    voters.import_voters(ws, actor, path, DEMO_PRESET)
    voter_match.match_lines(ws, actor)
    found = predicted(ws)
    view.show_figures(found)
    assert f"Predicted valid: {found.valid:,}" in view.headline.text().replace("<b>", "")
    assert "566,857 required" in view.headline.text()
    categories = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert categories[:7] == [
        "Valid (predicted)", "Not registered", "Signed more than once", "Different address",
        "Canceled registration", "Out-of-county address", "Other",
    ]  # fmt: skip
    assert view.table.item(0, 1).text() == f"{found.valid:,}"
    assert view.groups.rowCount() == len(found.groups) >= 2  # the offices with sections
    ws.close()


def test_the_central_dashboard_shows_each_offices_keying_quality(
    world: World, qtbot: QtBot
) -> None:
    verify_at_pas(world)
    assert not world.merge(world.pas.sync(world.out)).refused
    view = StandingView(world.hq.ws)
    qtbot.addWidget(view)
    view.load()
    table = view.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("PAS"))
    verified = table.item(row, headers.index("Sections verified")).text()
    rate = table.item(row, headers.index("Errors per 1,000 fields")).text()
    assert verified == "1" and rate == "— (54 fields compared)"
    assert "200 fields" in view.note.text()  # the rule for showing a rate is said
