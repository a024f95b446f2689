"""Shared fixtures: an isolated data folder and a ready campaign database per test.

The campaign database is built once per session and copied for each test
(Anki's ``pylib/tests/shared.py`` does the same), so tests stay cheap and
never see each other's writes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from recalldesk import paths
from recalldesk.core.passwords import hash_secret
from recalldesk.core.records import (
    LA_COUNTY_DA_RECALL_2022,
    Actor,
    FieldOffice,
    Operator,
    StaffRole,
)
from recalldesk.core.zipdata import ZipTable, load_default_zip_table
from recalldesk.ops.workspace import Workspace
from recalldesk.store import campaign as campaign_store
from recalldesk.store import credentials, people
from recalldesk.store.connection import Database, open_database

# Every test lead's password (the template's Ana Reyes, the sync world's leads, demo leads),
# and what the CLI run by a test signs in with and sets (cli_common's variables).
ANA_PASSWORD = "test password 1"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data folder; the user's is never touched."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    monkeypatch.setenv("RECALLDESK_PIN", ANA_PASSWORD)
    monkeypatch.setenv("RECALLDESK_NEW_PIN", ANA_PASSWORD)
    monkeypatch.delenv("RECALLDESK_OPERATOR", raising=False)
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def zips() -> ZipTable:
    return load_default_zip_table()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    path = folder / paths.DATABASE_NAME
    db = open_database(path)
    setup = Actor("setup", "PAS", campaign_store.device_id(db))
    campaign_store.save_campaign(db, setup, LA_COUNTY_DA_RECALL_2022)
    campaign_store.set_office_code(db, "PAS")
    office = people.ensure_office(db, setup, FieldOffice("PAS", "Pasadena field office"))
    ana = people.add_operator(db, setup, office.id, Operator("Ana Reyes", "AR"))
    with db.transaction() as conn:  # Ana runs the office: she signs in as its lead
        credentials.put(conn, ana.id, StaffRole.LEAD, hash_secret(ANA_PASSWORD), "", "setup")
    db.checkpoint("TRUNCATE")
    db.close()
    return path


@pytest.fixture
def db(template_db: Path, data_dir: Path) -> Iterator[Database]:
    target = data_dir / paths.DATABASE_NAME
    shutil.copy(template_db, target)
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture
def actor(db: Database) -> Actor:
    office = people.list_offices(db)[0]
    operator = people.list_operators(db, office.id)[0]
    # Most tests are about what an operation does, not who may: they act as the top role.
    # tests/ops/test_roles.py holds every operation to its role.
    return Actor(
        operator.value.name, office.value.code, campaign_store.device_id(db), operator.id,
        StaffRole.COORDINATOR,
    )  # fmt: skip


@pytest.fixture
def ws(db: Database) -> Workspace:
    """The test database as the app and the CLI hold it (closed with ``db``)."""
    return Workspace(db)
