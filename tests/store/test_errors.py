"""Environment faults become plain messages and change nothing."""

import sqlite3
from pathlib import Path

import pytest

from recalldesk.core.records import Actor, Section, SignatureLine
from recalldesk.core.zipdata import ZipTable
from recalldesk.store import lines, sections
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database
from recalldesk.store.errors import DiskFullError, LockedError, classify


def test_disk_full_is_reported_kindly_and_loses_nothing(
    db: Database, actor: Actor, zips: ZipTable
) -> None:
    campaign = get_campaign(db)
    assert campaign is not None
    office_id = db.scalar("SELECT id FROM office")
    stored = sections.add_section(db, actor, campaign, Section("S-1", 500), office_id, None)
    saved = lines.accept_line(
        db, actor, zips, stored.id, SignatureLine(1, "Ana", "Ruiz", "1", "Main St", "", "", "91104")
    )
    # Cap the file at its current size: the next page allocation fails as on a full disk.
    pages = db.scalar("PRAGMA page_count")
    db.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError) as full:
        for n in range(2, 500):
            lines.accept_line(
                db, actor, zips, stored.id,
                SignatureLine(n, "Ana" * 300, "Ruiz" * 300, "1", "Main St" * 100, "", "", "91104"),
            )  # fmt: skip
    assert full.value.code == "storage.disk_full"
    db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert lines.get_line(db, saved.id) is not None
    assert db.integrity_check() == []


def test_locked_database(db: Database, tmp_path: Path) -> None:
    other = sqlite3.connect(db.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    db.conn.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(LockedError) as locked, db.transaction():
        pass
    assert locked.value.code == "storage.locked"
    other.rollback()
    other.close()


def test_our_bugs_are_not_disguised() -> None:
    assert classify(sqlite3.OperationalError("no such table: x")) is None
    assert classify(sqlite3.ProgrammingError("bad binding")) is None
