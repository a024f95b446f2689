import sqlite3
from pathlib import Path

import pytest

from recalldesk.store.connection import Database, open_database
from recalldesk.store.errors import CorruptError, NewerSchemaError, NotOursError, StorageError
from recalldesk.store.migrations import LATEST_VERSION


def test_pragmas(db: Database) -> None:
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA user_version") == LATEST_VERSION


def test_new_database_has_identity(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    device = db.meta("device_id")
    assert len(device) == 36 and db.meta("change_seq") == "0"
    db.close()
    again = open_database(tmp_path / "new.sqlite3")
    assert again.meta("device_id") == device  # stable across opens
    again.close()


def test_foreign_keys_enforced(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction() as conn:
        conn.execute(
            "INSERT INTO operator(office_id, name, uuid, origin_office, origin_device, "
            "created_at, updated_at, change_seq) VALUES (999, 'x', 'u', 'o', 'd', 't', 't', 1)"
        )


def test_transaction_rolls_back_on_error(db: Database) -> None:
    before = db.scalar("SELECT count(*) FROM meta")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('x', 'y')")
        raise RuntimeError("boom")
    assert db.scalar("SELECT count(*) FROM meta") == before


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as refused:
        open_database(path)
    assert refused.value.code == "storage.newer_schema"
    assert refused.value.message.params["version"] == LATEST_VERSION + 1
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(CorruptError) as refused:
        open_database(path)
    assert refused.value.code == "storage.corrupt" and refused.value.path == str(path)
    assert path.read_bytes() == before


def test_a_strangers_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE contacts(name TEXT)")
    raw.commit()
    raw.close()
    with pytest.raises(NotOursError) as refused:
        open_database(path)
    assert refused.value.code == "storage.not_ours"
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 0
    raw.close()


def test_readonly_reader_cannot_write(db: Database) -> None:
    reader = db.reader()
    with pytest.raises(sqlite3.OperationalError):
        reader.conn.execute("INSERT INTO meta VALUES ('a', 'b')")
    reader.close()


def test_readonly_open_of_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as refused:
        open_database(tmp_path / "absent.sqlite3", readonly=True)
    assert refused.value.code == "storage.missing"


def test_integrity_check_ok(db: Database) -> None:
    assert db.integrity_check() == []
