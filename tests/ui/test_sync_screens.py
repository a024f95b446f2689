"""File > Sync at an office, the Merge window at central: the files carry the lines."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from recalldesk.ops.people import operator_actor
from recalldesk.store import people
from recalldesk.ui.actions import ActionId
from recalldesk.ui.main_window import MainWindow
from tests.sync_world import Site, World, plain


def window_for(qtbot: QtBot, site: Site, zips: object) -> MainWindow:
    office = next(o for o in people.list_offices(site.db) if o.value.code == site.code)
    window = MainWindow(
        site.ws, operator_actor(site.ws, people.list_operators(site.db, office.id)[0])
    )
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


def make_conflict(world: World, zips: object, tmp_path: Path) -> str:
    """Two copies of PAS's database edit line 1 of PAS-0001 differently: a real conflict."""
    from dataclasses import replace

    from recalldesk.store import lines
    from tests.sync_world import open_site

    world.merge(world.pas.sync(world.out))
    world.pas.ws.db.checkpoint("TRUNCATE")
    copy = tmp_path / "copy" / "PAS"
    copy.mkdir(parents=True)
    (copy / "recalldesk.sqlite3").write_bytes(world.pas.db.path.read_bytes())
    twin = open_site(tmp_path / "copy", "PAS")
    stored = lines.lines_for_section(world.pas.db, 1)[0]
    for site, name in ((world.pas, "Anna"), (twin, "Annie")):
        lines.update_line(site.db, site.actor, zips, stored.id,  # type: ignore[arg-type]
                          replace(stored.line, first_name=name))  # fmt: skip
    world.merge(world.pas.sync(world.out))
    out = tmp_path / "twin-out"
    out.mkdir()
    world.merge(twin.sync(out, after_restore=True))
    twin.close()
    return stored.line.uuid


def test_central_settles_a_conflict_readably_and_can_take_it_back(
    qtbot: QtBot, world: World, zips: object, tmp_path: Path, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    uuid = make_conflict(world, zips, tmp_path)
    db = world.hq.db
    answers: list[str] = []

    def yes(_parent: object, _title: str, text: str, *args: object) -> object:
        answers.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)  # type: ignore[attr-defined]
    central = window_for(qtbot, world.hq, zips)
    dialog = central.open_conflicts()
    assert dialog.summary.text() == "1 open conflict"
    item = dialog.list.item(0).text()
    assert item.startswith("Section PAS-0001, line 1 — from office PAS")
    text = dialog.detail.toPlainText()
    assert "first name" in text and "Anna" in text and "Annie" in text
    assert "Incoming from office PAS" in text
    assert "name_key" not in text and "uuid" not in text.lower().split("packet")[0]
    dialog.take_incoming.click()
    assert "Keep the incoming version of Section PAS-0001, line 1?" in answers[0]
    assert dialog.summary.text() == "No open conflicts."
    assert db.scalar("SELECT first_name FROM signature_line WHERE uuid = ?", (uuid,)) == "Annie"
    dialog.show_settled.setChecked(True)
    assert "(settled)" in dialog.list.item(0).text() and dialog.take_back.isEnabled()
    dialog.take_back.click()  # taken back: open again, the record as it was
    assert dialog.summary.text() == "1 open conflict"
    assert db.scalar("SELECT first_name FROM signature_line WHERE uuid = ?", (uuid,)) == "Anna"
    assert db.scalar("SELECT resolution FROM sync_conflict") is None
    reasons = [r[0] for r in db.query("SELECT reason FROM audit_log WHERE entity_uuid = ?",
                                      (uuid,))]  # fmt: skip
    assert any("conflict_resolved" in r for r in reasons)
    assert any("conflict_reopened" in r for r in reasons)
    dialog.close()


def test_an_office_with_its_own_key_is_asked_its_password_and_signs(
    qtbot: QtBot, world: World, zips: object, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from recalldesk.ops import office_keys

    office_keys.make_own_key(world.pas.ws, world.pas.actor, "a long office password")
    stick = tmp_path / "to-central"
    stick.mkdir()
    office = window_for(qtbot, world.pas, zips)
    typed: list[str] = []

    def answer() -> None:  # a wrong password first (said, asked again), then the right one
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Ok).click()
        elif isinstance(box, QInputDialog):
            text = "wrong password" if not typed else "a long office password"
            typed.append(text)
            box.setTextValue(text)
            qtbot.keyClick(box, Qt.Key.Key_Return)
            if len(typed) == 2:
                return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    job = office.start_sync(stick)
    assert job is not None and len(typed) == 2
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    (packet,) = stick.glob("*.xlsx")
    assert b"RDSEAL/2 " in plain(packet).read_bytes()[-300:]  # signed by the office's key
