"""File > Sync at an office, the Merge window at central: the files carry the lines."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from recalldesk.store import people
from recalldesk.ui.actions import ActionId
from recalldesk.ui.main_window import MainWindow
from tests.sync_world import Site, World


def window_for(qtbot: QtBot, site: Site, zips: object) -> MainWindow:
    office = next(o for o in people.list_offices(site.db) if o.value.code == site.code)
    window = MainWindow(site.ws, people.list_operators(site.db, office.id)[0])
    qtbot.addWidget(window)
    return window


def test_office_syncs_and_central_merges(qtbot: QtBot, world: World, zips: object,
                                         tmp_path: Path) -> None:  # fmt: skip
    stick = tmp_path / "to-central"
    stick.mkdir()
    office = window_for(qtbot, world.pas, zips)
    assert office.actions_by_id[ActionId.SYNC].isEnabled()
    assert not office.actions_by_id[ActionId.MERGE].isEnabled()
    job = office.start_sync(stick)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    packets = list(stick.glob("*.xlsx"))
    assert len(packets) == 1 and packets[0].name.startswith("PAS-")
    assert "Wrote packet" in office.statusBar().currentMessage()

    central = window_for(qtbot, world.hq, zips)
    assert central.actions_by_id[ActionId.MERGE].isEnabled()
    merge = central.open_merge()
    merge.add_sources([stick])
    job = merge.merge()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert merge.report is not None and len(merge.report.merged) == 1
    assert "1 merged" in merge.output.toPlainText()
    merged = world.hq.db.scalar(
        "SELECT count(*) FROM signature_line WHERE origin_office = 'PAS' AND deleted = 0"
    )
    assert merged == world.pas.db.scalar("SELECT count(*) FROM signature_line WHERE deleted = 0")
    # Merging the same packet again adds nothing.
    job = merge.merge()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert merge.report is not None and len(merge.report.skipped) == 1
    merge.close()


def test_the_offices_grid_shows_centrals_duplicate_decision(
    qtbot: QtBot, world: World, zips: object
) -> None:
    from recalldesk.ops.digests import write_digests
    from recalldesk.ops.duplicates import decide
    from recalldesk.ops.sync import import_digests_from

    world.pas.sync(world.out)
    world.gln.sync(world.out)
    world.merge()

    def first_line(serial: str) -> str:
        return str(world.hq.db.scalar(
            "SELECT l.uuid FROM signature_line l JOIN section s ON s.id = l.section_id "
            "WHERE s.serial = ? AND l.line_number = 1", (serial,)))  # fmt: skip

    decide(world.hq.ws, world.hq.actor, first_line("PAS-0001"), first_line("GLN-0001"))
    write_digests(world.hq.ws, world.hq.actor, world.out)
    import_digests_from(world.pas.ws, world.pas.actor, world.out)
    office = window_for(qtbot, world.pas, zips)
    section_id = int(world.pas.db.scalar("SELECT id FROM section WHERE serial = 'PAS-0001'"))
    office.open_section(section_id)
    model = office.keying.model
    assert model.index(0, 1).data() == "✗ Saved · duplicate (central)"
    assert "same signer as GLN section GLN-0001 line 1" in model.index(0, 7).data()
    assert model.index(1, 1).data() == "Saved ✓"


def test_central_resolves_a_conflict_in_the_conflicts_dialog(
    qtbot: QtBot, world: World, zips: object
) -> None:
    import json

    world.merge(world.gln.sync(world.out))
    db = world.hq.db
    (row,) = db.query("SELECT uuid, version, first_name FROM signature_line ORDER BY id LIMIT 1")
    local = {"uuid": row[0], "first_name": row[2], "version": str(row[1])}
    with db.transaction() as conn:  # as a merge records two edits with one version
        packet = conn.execute("SELECT id FROM sync_packet").fetchone()[0]
        conn.execute(
            "INSERT INTO sync_conflict(entity, uuid, version, local, incoming, packet_id, "
            "detected_at) VALUES ('signature_line', ?, ?, ?, ?, ?, '2022-05-01T00:00:00Z')",
            (row[0], row[1], json.dumps(local), json.dumps({**local, "first_name": "Zed"}), packet),
        )
    central = window_for(qtbot, world.hq, zips)
    dialog = central.open_conflicts()
    assert dialog.summary.text() == "1 open conflict"
    assert "Zed" in dialog.detail.toPlainText()
    dialog.keep_local.click()
    assert dialog.summary.text() == "No open conflicts."
    assert db.scalar("SELECT first_name FROM signature_line WHERE uuid = ?", (row[0],)) == row[2]
    assert db.scalar("SELECT resolution FROM sync_conflict") == "local"
    dialog.close()
