"""Demo data through the store: validated like keyed lines, reproducible, marked."""

from pathlib import Path

import pytest

from recalldesk.core.zipdata import ZipTable
from recalldesk.demo.load import DemoRefused, load_demo
from recalldesk.store import audit
from recalldesk.store.connection import Database, open_database


def fill(path: Path, zips: ZipTable, seed: int = 7) -> Database:
    db = open_database(path)
    load_demo(db, zips, lines=2_000, offices=4, seed=seed)
    return db


def content(db: Database) -> list[tuple[object, ...]]:
    rows = db.query(
        "SELECT uuid, line_number, first_name, last_name, street_name, zip_code, problems "
        "FROM signature_line ORDER BY uuid"
    )
    return [tuple(r) for r in rows]


def test_same_seed_same_data(tmp_path: Path, zips: ZipTable) -> None:
    a, b = fill(tmp_path / "a.sqlite3", zips), fill(tmp_path / "b.sqlite3", zips)
    assert content(a) == content(b) and len(content(a)) == 2_000
    c = fill(tmp_path / "c.sqlite3", zips, seed=8)
    assert content(c) != content(a)


def test_demo_lines_carry_the_rules_findings(tmp_path: Path, zips: ZipTable) -> None:
    db = fill(tmp_path / "a.sqlite3", zips)
    with_problems = db.scalar("SELECT count(*) FROM signature_line WHERE problems != ''")
    assert 0.03 * 2_000 < with_problems < 0.30 * 2_000
    assert db.meta("contents") == "demo"
    assert db.scalar("SELECT count(DISTINCT origin_office) FROM signature_line") == 4
    (entry,) = [e for e in audit.history(db, "") if e.action == "bulk"]
    assert entry.changes["signature_line"] == 2_000
    assert db.integrity_check() == []


def test_refuses_a_database_with_work(db: Database, zips: ZipTable, tmp_path: Path) -> None:
    filled = fill(tmp_path / "a.sqlite3", zips)
    with pytest.raises(DemoRefused):
        load_demo(filled, zips, lines=10)
