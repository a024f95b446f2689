import shutil
import sqlite3
from pathlib import Path

import pytest

from recalldesk.store import migrations
from recalldesk.store.connection import open_database
from recalldesk.store.migrations import LATEST_VERSION, Migration, split_statements

FIXTURES = sorted(
    (Path(__file__).parent / "fixtures").glob("schema_v*.sqlite3"),
    key=lambda p: int(p.stem.removeprefix("schema_v")),  # v10 after v9
)


def test_there_is_a_fixture_for_every_released_schema() -> None:
    versions = {int(p.stem.removeprefix("schema_v")) for p in FIXTURES}
    assert versions == set(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_old_schema_opens_at_the_latest(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "campaign.sqlite3"
    shutil.copy(fixture, path)
    db = open_database(path)
    assert db.scalar("PRAGMA user_version") == LATEST_VERSION
    assert db.integrity_check() == []
    assert db.scalar("SELECT count(*) FROM signature_line WHERE deleted = 0") == 2
    assert db.scalar("SELECT count(*) FROM signature_line WHERE deleted = 1") == 1
    assert db.scalar("SELECT count(*) FROM audit_log") >= 8
    db.close()


def _v2(sql: str) -> tuple[Migration, ...]:
    return (*migrations.MIGRATIONS, Migration(LATEST_VERSION + 1, "test step", sql))


def test_upgrade_backs_up_first_and_bumps_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "campaign.sqlite3"
    shutil.copy(FIXTURES[-1], path)
    monkeypatch.setattr(migrations, "MIGRATIONS", _v2("ALTER TABLE section ADD COLUMN note TEXT;"))
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    db = open_database(path)
    assert db.scalar("PRAGMA user_version") == LATEST_VERSION + 1
    assert db.backup_taken is not None and db.backup_taken.parent == tmp_path / "backups"
    db.close()
    backup = sqlite3.connect(db.backup_taken)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert backup.execute("SELECT count(*) FROM signature_line").fetchone()[0] == 3
    backup.close()


def test_failed_upgrade_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "campaign.sqlite3"
    shutil.copy(FIXTURES[-1], path)
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        _v2("ALTER TABLE section ADD COLUMN note TEXT;\nSELECT * FROM no_such_table;"),
    )
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    columns = [r[1] for r in raw.execute("PRAGMA table_info(section)")]
    assert "note" not in columns
    raw.close()
    assert list((tmp_path / "backups").glob("*.sqlite3"))


def test_new_file_needs_no_backup(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.sqlite3")
    assert db.backup_taken is None
    db.close()


def test_split_statements_keeps_triggers_whole() -> None:
    script = (
        "CREATE TABLE a(x);\n"
        "CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN SELECT RAISE(ABORT, 'no'); END;\n"
        "-- a comment\n"
    )
    statements = list(split_statements(script))
    assert len(statements) == 2 and statements[1].endswith("END;")


def test_v10_keeps_the_voters_and_their_status_rule(tmp_path: Path) -> None:
    path = tmp_path / "campaign.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v9.sqlite3", path)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(
            "INSERT INTO voter(voter_id, first, middle, last, surname, suffix, number, street, "
            "street_core, unit, zip5, city, status, registered_on, ka, kn) VALUES "
            "('LA1', 'ANA', '', 'RUIZ', 'RUIZ', '', '12', 'MAIN ST', 'MAIN', '', '90001', "
            "'LOS ANGELES', 'inactive', '2010-01-02', 7, 8)"
        )
    raw.close()
    db = open_database(path)
    rows = [tuple(r) for r in db.query("SELECT voter_id, status, ka, kn FROM voter")]
    assert rows == [("LA1", "inactive", 7, 8)]
    indexes = {r[0] for r in db.query("SELECT name FROM sqlite_schema WHERE tbl_name = 'voter'")}
    assert {"voter_ka", "voter_kn"} <= indexes
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute("UPDATE voter SET status = 'maybe'")
    ddl = db.scalar("SELECT sql FROM sqlite_schema WHERE name = 'voter'")
    assert "status = 'active' OR" in ddl and "IN (" not in ddl  # rewritten in place
    assert db.integrity_check() == []
    db.close()
