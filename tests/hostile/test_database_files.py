"""Databases: a refused file is left byte for byte; damage is noticed; backups bring it back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recalldesk.ops import backups
from recalldesk.ops.export import export_workbook
from recalldesk.ops.merge import merge_packets
from recalldesk.store.connection import open_database
from recalldesk.store.errors import CorruptError, NewerSchemaError, NotOursError
from recalldesk.store.migrations import APPLICATION_ID, LATEST_VERSION
from recalldesk.wording import say
from recalldesk.wording.export import export_texts
from tests.hostile.kit import run_cli
from tests.sync_world import World, fingerprint, open_site


def rollback_journal_file(path: Path, *, ours: bool, version: int) -> bytes:
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("CREATE TABLE contacts(name TEXT)")
    if ours:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.execute(f"PRAGMA user_version = {version}")
    raw.commit()
    raw.close()
    return path.read_bytes()


def test_a_strangers_database_is_refused_byte_for_byte_unchanged(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    tmp_path = tmp_path / "x"
    path = tmp_path / "recalldesk.sqlite3"
    before = rollback_journal_file(path, ours=False, version=0)
    with pytest.raises(NotOursError):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recalldesk.sqlite3"]


def test_a_newer_database_is_refused_byte_for_byte_unchanged(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    tmp_path = tmp_path / "x"
    path = tmp_path / "recalldesk.sqlite3"
    before = rollback_journal_file(path, ours=True, version=LATEST_VERSION + 1)
    with pytest.raises(NewerSchemaError):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recalldesk.sqlite3"]


def damage(path: Path) -> None:
    """Overwrite the first page of the signature lines' data (the schema stays readable)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'signature_line'"
    ).fetchone()
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


@pytest.fixture
def damaged(world: World) -> World:
    """HQ with both offices merged (two merges, so a backup was taken before the second)."""
    world.merge(world.gln.sync(world.out))
    world.merge(world.pas.sync(world.out))
    world.hq.ws.db.checkpoint("TRUNCATE")
    folder = world.hq.ws.folder
    world.hq.close()
    damage(folder / "recalldesk.sqlite3")
    world.hq = open_site(folder.parent, "HQ")
    return world


def test_a_damaged_master_is_noticed_before_a_merge(damaged: World, tmp_path: Path) -> None:
    with pytest.raises(CorruptError) as refused:
        merge_packets(damaged.hq.ws, damaged.hq.actor, [damaged.out])
    said = say(refused.value.message)
    assert "damaged" in said and "Restore from a backup" in said and "recalldesk restore" in said


def test_a_damaged_master_is_noticed_before_an_export(damaged: World, tmp_path: Path) -> None:
    with pytest.raises(CorruptError):
        export_workbook(
            damaged.hq.ws, damaged.hq.actor, tmp_path / "out.xlsx", texts=export_texts()
        )
    assert not (tmp_path / "out.xlsx").exists()


def test_backups_are_taken_before_a_merge_and_rotate(world: World) -> None:
    backups.set_backups_kept(world.hq.ws, world.hq.actor, 2)
    for _ in range(3):
        world.merge(world.gln.sync(world.out, full=True))
    kept = backups.list_backups(world.hq.ws)
    assert len(kept) == 2
    assert all(b.reason == "before-merge" for b in kept)


def test_restore_brings_back_the_master(damaged: World) -> None:
    folder = damaged.hq.ws.folder
    damaged.hq.close()
    listed = run_cli(folder, "restore")
    assert listed.code == 0 and "before-merge" in listed.out, listed.text
    run = run_cli(folder, "restore", "--latest")
    assert run.code == 0, run.text
    damaged.hq = open_site(folder.parent, "HQ")
    assert damaged.hq.db.integrity_check() == []
    # The backup was taken before PAS's packet was merged: merging the folder again redoes it.
    assert {r[0] for r in damaged.hq.db.query("SELECT serial FROM section")} == {"GLN-0001"}
    report = damaged.merge()
    assert {r[0] for r in damaged.hq.db.query("SELECT serial FROM section")} >= {"PAS-0001"}
    assert not report.refused
    kept = {b.reason for b in backups.list_backups(damaged.hq.ws)}
    assert "replaced-by-restore" in kept  # the damaged file is kept, never deleted


def test_an_office_takes_a_backup_at_each_sync(world: World) -> None:
    world.pas.sync(world.out)
    assert [b.reason for b in backups.list_backups(world.pas.ws)] == ["before-sync"]
    before = fingerprint(world.pas.db)
    assert before  # the backup is a full, readable database
    (latest,) = backups.list_backups(world.pas.ws)
    copy = open_database(latest.path, readonly=True)
    assert copy.integrity_check() == []
    copy.close()
