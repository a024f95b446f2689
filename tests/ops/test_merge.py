"""Offices sync, central merges: the round trip, idempotence, versions, tombstones, gaps."""

from dataclasses import replace
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from recalldesk.core.messages import msg
from recalldesk.core.sync_records import MergeAction, merge_action
from recalldesk.core.zipdata import ZipTable
from recalldesk.ops import conflicts
from recalldesk.ops.base import OpRefused
from recalldesk.ops.export import export_workbook
from recalldesk.ops.merge import MergeReport
from recalldesk.ops.merge import merge_packets as merge_op
from recalldesk.store import lines, people, sync_apply, sync_ledger, sync_state
from recalldesk.wording.export import export_texts
from recalldesk.wording.merge import gap_text
from tests.sync_world import Site, World, fingerprint, line_uuids, record_fingerprint


def merge_packets(site: Site, sources: list[Path], **kwargs: object) -> MergeReport:
    return merge_op(site.ws, site.actor, sources, **kwargs).value  # type: ignore[arg-type]


def test_two_offices_merge_into_central_and_export_exactly_their_rows(
    world: World, tmp_path: Path
) -> None:
    world.pas.sync(world.out)
    world.gln.sync(world.out)
    report = world.merge()
    assert [o.status for o in report.outcomes] == ["merged", "merged"]
    expected = line_uuids(world.pas.db) | line_uuids(world.gln.db)
    assert line_uuids(world.hq.db) == expected and len(expected) == 8
    assert report.totals().added == 8 + 3 + 2 + 1 + 2  # lines, sections, offices, circulator, ops
    assert set(report.by_office()) == {"PAS", "GLN"}

    book = tmp_path / "master.xlsx"
    result = export_workbook(world.hq.ws, world.hq.actor, book, texts=export_texts()).value
    assert (result.sections, result.lines) == (3, 8)
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("Signatures").to_python()
    assert {r[0] for r in rows[1:]} == expected
    assert {r[2] for r in rows[1:]} == {"PAS", "GLN"}  # the office column
    summary = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("Summary").to_python()
    by_office = {r[0]: r[2] for r in summary if str(r[0]).startswith(("PAS —", "GLN —"))}
    assert by_office == {"PAS — PAS office": 5, "GLN — GLN office": 3}


def test_merged_rows_keep_their_origin_version_and_references(world: World) -> None:
    world.pas.sync(world.out)
    world.merge()
    (row,) = world.hq.db.query(
        "SELECT l.origin_office, l.origin_device, l.version, l.created_at, s.serial, o.code, "
        "p.name, c.name AS circulator FROM signature_line l JOIN section s ON s.id = l.section_id "
        "JOIN office o ON o.id = s.office_id JOIN operator p ON p.id = l.operator_id "
        "LEFT JOIN circulator c ON c.id = s.circulator_id WHERE l.line_number = 1 "
        "AND s.serial = 'PAS-0001'"
    )
    (source,) = world.pas.db.query(
        "SELECT origin_device, created_at FROM signature_line WHERE line_number = 1 "
        "AND section_id = (SELECT id FROM section WHERE serial = 'PAS-0001')"
    )
    assert tuple(row) == ("PAS", source[0], 1, source[1], "PAS-0001", "PAS", "PAS Lead", "Sam Lee")


def test_merging_again_changes_nothing(world: World) -> None:
    world.pas.sync(world.out)
    world.gln.sync(world.out)
    world.merge()
    before = fingerprint(world.hq.db)
    report = world.merge()
    assert [o.status for o in report.outcomes] == ["skipped", "skipped"]
    assert report.outcomes[0].message is not None
    assert report.outcomes[0].message.code == "merge.already_merged"
    assert fingerprint(world.hq.db) == before


def test_a_full_packet_overlapping_earlier_ones_adds_nothing(world: World) -> None:
    world.pas.sync(world.out)
    world.merge()
    before = record_fingerprint(world.hq.db)
    full = world.pas.sync(world.out, full=True)
    report = world.merge(full)
    (outcome,) = report.outcomes
    assert outcome.status == "merged" and outcome.total.added == 0
    assert outcome.total.unchanged == outcome.total.rows > 0
    assert record_fingerprint(world.hq.db) == before


def test_an_edit_at_the_office_reaches_central_as_the_new_version(
    world: World, zips: ZipTable
) -> None:
    world.pas.sync(world.out)
    world.merge()
    stored = lines.lines_for_section(world.pas.db, 1)[0]
    lines.update_line(
        world.pas.db, world.pas.actor, zips, stored.id, replace(stored.line, first_name="Anna")
    )
    second = world.pas.sync(world.out)
    assert second.name.endswith("-000002.recalldesk.xlsx")
    report = world.merge(second)
    assert report.outcomes[0].counts["Lines"].updated == 1
    (row,) = world.hq.db.query(
        "SELECT first_name, version FROM signature_line WHERE uuid = ?", (stored.line.uuid,)
    )
    assert tuple(row) == ("Anna", 2)


def test_a_deletion_at_the_office_becomes_a_tombstone_at_central(world: World) -> None:
    world.pas.sync(world.out)
    world.merge()
    stored = lines.lines_for_section(world.pas.db, 1)[0]
    lines.delete_line(world.pas.db, world.pas.actor, stored.id, reason=msg("audit.line_deleted"))
    world.merge(world.pas.sync(world.out))
    (row,) = world.hq.db.query(
        "SELECT deleted, version FROM signature_line WHERE uuid = ?", (stored.line.uuid,)
    )
    assert tuple(row) == (1, 2)
    assert stored.line.uuid not in line_uuids(world.hq.db)


def test_an_older_version_never_overwrites_a_newer_one(world: World, zips: ZipTable) -> None:
    first = world.pas.sync(world.out)
    stored = lines.lines_for_section(world.pas.db, 1)[0]
    lines.update_line(
        world.pas.db, world.pas.actor, zips, stored.id, replace(stored.line, last_name="Lopez-Ruiz")
    )
    second = world.pas.sync(world.out)
    world.merge(second)  # the newer packet first
    report = world.merge(first)
    assert report.outcomes[0].status == "merged"
    assert report.outcomes[0].counts["Lines"].updated == 0
    (row,) = world.hq.db.query(
        "SELECT last_name, version FROM signature_line WHERE uuid = ?", (stored.line.uuid,)
    )
    assert tuple(row) == ("Lopez-Ruiz", 2)


def test_equal_versions_with_different_content_are_kept_side_by_side(
    world: World, zips: ZipTable, tmp_path: Path
) -> None:
    """Two copies of one office database edit the same line differently; the copy restarts
    its numbering (central refuses its reused packet numbers) and its edit meets the other."""
    world.pas.sync(world.out)
    world.merge()
    world.pas.db.checkpoint("TRUNCATE")
    copy_folder = tmp_path / "copy" / "PAS"
    copy_folder.mkdir(parents=True)
    (copy_folder / "recalldesk.sqlite3").write_bytes(world.pas.db.path.read_bytes())
    from tests.sync_world import open_site

    twin = open_site(tmp_path / "copy", "PAS")
    try:
        stored = lines.lines_for_section(world.pas.db, 1)[0]
        for site, name in ((world.pas, "Anna"), (twin, "Annie")):
            lines.update_line(
                site.db, site.actor, zips, stored.id, replace(stored.line, first_name=name)
            )
        world.merge(world.pas.sync(world.out))
        twin_out = tmp_path / "twin-out"
        twin_out.mkdir()
        report = world.merge(twin.sync(twin_out, after_restore=True))
    finally:
        twin.close()
    assert report.outcomes[0].counts["Lines"].conflicts == 1
    (row,) = world.hq.db.query(
        "SELECT first_name FROM signature_line WHERE uuid = ?", (stored.line.uuid,)
    )
    assert row[0] == "Anna"  # nothing overwritten silently
    (conflict,) = conflicts.list_conflicts(world.hq.ws)
    assert conflict.differences["first_name"] == ("Anna", "Annie")
    assert conflict.entity == "signature_line" and conflict.version == 2

    conflicts.resolve(world.hq.ws, world.hq.actor, conflict.id, "incoming")
    (row,) = world.hq.db.query(
        "SELECT first_name, version FROM signature_line WHERE uuid = ?", (stored.line.uuid,)
    )
    assert tuple(row) == ("Annie", 2)  # same version: the office's next edit still wins
    assert conflicts.list_conflicts(world.hq.ws) == []


def test_packets_can_arrive_in_any_order(world: World, zips: ZipTable) -> None:
    world.pas.sync(world.out)
    section = world.pas.section("PAS-0003", 3)
    world.pas.key(zips, section.id, 2)
    second = world.pas.sync(world.out)
    report = world.merge(second)  # packet 2 alone: it carries the parents it needs
    assert report.outcomes[0].status == "merged"
    assert [g.ranges for g in report.gaps] == [((1, 1),)]
    report = world.merge()
    assert [o.status for o in report.outcomes] == ["merged", "skipped"]
    assert report.gaps == []
    assert line_uuids(world.hq.db) == line_uuids(world.pas.db)


def test_a_gap_is_reported_until_a_full_packet_covers_it(world: World, zips: ZipTable) -> None:
    held_back = world.pas.sync(world.out)
    world.pas.key(zips, 1, 1, start=4)
    held_back.rename(held_back.with_suffix(".held"))
    report = world.merge(world.pas.sync(world.out))
    (gap,) = report.gaps
    assert (gap.office_code, gap.ranges, gap.latest) == ("PAS", ((1, 1),), 2)
    assert "packet 1 missing" in gap_text(gap)
    report = world.merge(world.pas.sync(world.out, full=True))
    assert report.gaps == []
    assert line_uuids(world.hq.db) == line_uuids(world.pas.db)


def test_two_devices_of_one_office_share_its_office_record(
    world: World, zips: ZipTable, tmp_path: Path
) -> None:
    from tests.sync_world import make_site

    second_laptop = make_site(tmp_path / "laptop2", "PAS")
    try:
        section = second_laptop.section("PAS-0100", 2)
        second_laptop.key(zips, section.id, 2)
        world.pas.sync(world.out)
        second_laptop.sync(world.out)
    finally:
        second_laptop.close()
    report = world.merge()
    assert [o.status for o in report.outcomes] == ["merged", "merged"]
    offices = [o.value.code for o in people.list_offices(world.hq.db)]
    assert sorted(offices) == ["HQ", "PAS"]
    assert len(line_uuids(world.hq.db)) == 7


def test_merge_reports_progress(world: World) -> None:
    world.pas.sync(world.out)
    world.gln.sync(world.out)
    seen: list[tuple[int, int]] = []
    report = merge_packets(world.hq, [world.out], progress=lambda d, t: seen.append((d, t)))
    assert len(report.merged) == 2 and seen[-1][0] == seen[-1][1] > 0
    assert all(d <= t for d, t in seen)


def test_cancel_stops_before_the_next_packet(world: World) -> None:
    world.pas.sync(world.out)
    world.gln.sync(world.out)
    db = world.hq.db
    report = merge_packets(
        world.hq, [world.out], cancelled=lambda: len(sync_ledger.entries(db)) >= 1
    )
    assert report.cancelled and len(report.merged) == 1
    assert len(sync_ledger.entries(db)) == 1  # the first one stays merged
    before = fingerprint(db)
    report = merge_packets(world.hq, [world.out], cancelled=lambda: True)
    assert report.cancelled and report.merged == [] and fingerprint(db) == before


def test_only_central_merges_and_only_offices_send(world: World) -> None:
    with pytest.raises(OpRefused) as refused:
        merge_packets(world.pas, [world.out])
    assert refused.value.code == "permission.central_only"
    with pytest.raises(OpRefused) as refused:
        world.hq.sync(world.out)
    assert refused.value.code == "permission.office_only"


def test_a_database_without_a_campaign_key_refuses_to_sync(world: World) -> None:
    from recalldesk.store.campaign import set_meta

    set_meta(world.pas.db, "campaign_key", "")
    with pytest.raises(OpRefused) as refused:
        world.pas.sync(world.out)
    assert refused.value.code == "sync.no_campaign_key"
    assert sync_state.packet_state(world.pas.db).last_sequence == 0


def test_a_big_merge_defers_the_line_indexes_and_rebuilds_them(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_apply, "BULK_LINES", 1)
    world.pas.sync(world.out)
    world.gln.sync(world.out)
    report = world.merge()
    assert len(report.merged) == 2
    names = {r[0] for r in world.hq.db.query("SELECT name FROM sqlite_schema WHERE type='index'")}
    assert set(sync_apply.DEFERRED_INDEXES) <= names
    assert world.hq.db.integrity_check() == []
    assert len(line_uuids(world.hq.db)) == 8


def test_name_keys_are_recomputed_when_another_version_wrote_the_packet(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.pas.db.conn.execute("UPDATE signature_line SET name_key = 'stale'")
    world.pas.sync(world.out)
    from recalldesk.ops import merge as merge_module

    monkeypatch.setattr(merge_module, "__version__", "99.0")
    world.merge()
    keys = {r[0] for r in world.hq.db.query("SELECT name_key FROM signature_line")}
    assert "stale" not in keys and "lopez|ana" in keys


@pytest.mark.parametrize(
    ("stored", "incoming", "same", "expected"),
    [
        (None, 1, False, MergeAction.INSERT),
        (1, 2, False, MergeAction.UPDATE),
        (2, 2, True, MergeAction.UNCHANGED),
        (2, 2, False, MergeAction.CONFLICT),
        (3, 2, False, MergeAction.UNCHANGED),
    ],
)
def test_the_merge_applies_the_rule_of_the_core(
    world: World, zips: ZipTable, stored: int | None, incoming: int, same: bool,
    expected: MergeAction,
) -> None:  # fmt: skip
    """store.sync_apply does in SQL what core.sync_records.merge_action says, case by case."""
    assert merge_action(stored, incoming, same) is expected
    line = lines.lines_for_section(world.pas.db, 1)[0]
    uuid = line.line.uuid
    if stored is not None:  # central holds the line at version ``stored``
        world.merge(world.pas.sync(world.out))
        world.hq.db.conn.execute(
            "UPDATE signature_line SET version = ? WHERE uuid = ?", (stored, uuid)
        )
    world.pas.db.conn.execute(
        "UPDATE signature_line SET version = ?, first_name = ? WHERE uuid = ?",
        (incoming, line.line.first_name if same else "Changed", uuid),
    )
    report = world.merge(world.pas.sync(world.out, full=True))
    assert report.outcomes[0].status == "merged", report.outcomes[0]
    counts = report.outcomes[0].counts["Lines"]
    got = {
        MergeAction.INSERT: counts.added,
        MergeAction.UPDATE: counts.updated,
        MergeAction.CONFLICT: counts.conflicts,
        MergeAction.UNCHANGED: counts.unchanged,
    }
    assert got[expected] >= 1
    (row,) = world.hq.db.query("SELECT first_name FROM signature_line WHERE uuid = ?", (uuid,))
    wins = expected in (MergeAction.INSERT, MergeAction.UPDATE)
    assert (row[0] == "Changed") == (wins and not same)


def test_a_packet_number_reused_after_a_restore_is_refused_and_the_office_recovers(
    world: World, zips: ZipTable, tmp_path: Path
) -> None:
    """A laptop restored from a backup writes packet 2 again, with other lines."""
    pas = world.pas
    world.merge(pas.sync(world.out))  # packet 1
    pas.ws.db.checkpoint("TRUNCATE")
    backup = tmp_path / "backup.sqlite3"
    backup.write_bytes(pas.db.path.read_bytes())
    pas.key(zips, 1, 1, start=4)
    world.merge(pas.sync(world.out))  # packet 2: line 4
    # The laptop dies; the office restores last night's backup and keys on.
    pas.close()
    pas.db.path.write_bytes(backup.read_bytes())
    for suffix in ("-wal", "-shm"):
        Path(str(pas.db.path) + suffix).unlink(missing_ok=True)
    from tests.sync_world import open_site

    pas = world.pas = open_site(pas.db.path.parent.parent, "PAS")
    pas.key(zips, 1, 1, start=5)
    before = fingerprint(world.hq.db)
    reused = pas.sync(tmp_path)  # numbered 2 again, holding line 5
    report = world.merge(reused)
    (outcome,) = report.outcomes
    assert outcome.status == "refused" and outcome.message is not None
    assert outcome.message.code == "merge.sequence_reused"
    assert "restored from a backup" in words_of(outcome)
    assert fingerprint(world.hq.db) == before

    from recalldesk.ops.sync import write_packet

    old_device = pas.ws.identity.device_id
    restart = tmp_path / "restart"
    restart.mkdir()
    written = write_packet(pas.ws, pas.actor, restart, after_restore=True).value
    assert written.sequence == 1 and written.full
    assert pas.ws.identity.device_id != old_device
    report = world.merge(restart)
    assert [o.status for o in report.outcomes] == ["merged"] and report.gaps == []
    assert line_uuids(pas.db) <= line_uuids(world.hq.db)  # line 5 arrived; line 4 kept


def words_of(outcome: object) -> str:
    from recalldesk.wording import say

    return say(outcome.message)  # type: ignore[attr-defined]
