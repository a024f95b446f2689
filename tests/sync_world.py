"""Two field offices and a central office on disk, for the sync and merge tests.

The world is built once per session (offices set up with ``set_up``, lines
accepted with ``lines.accept_line``) and copied for each test, like the
campaign template in tests/conftest.py. Test packages that use it import
the fixtures in their conftest.py.
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from recalldesk.core.packet_format import MANIFEST_SHEET, derive_keys
from recalldesk.core.records import (
    LA_COUNTY_DA_RECALL_2022,
    Actor,
    Campaign,
    Circulator,
    FieldOffice,
    Operator,
    Role,
    Section,
    SignatureLine,
)
from recalldesk.core.zipdata import ZipTable, load_default_zip_table
from recalldesk.exchange.seal import reseal_file
from recalldesk.ops.merge import MergeReport, merge_packets
from recalldesk.ops.people import operator_actor
from recalldesk.ops.setup import set_up
from recalldesk.ops.sync import write_packet
from recalldesk.ops.workspace import Workspace
from recalldesk.store import lines, people, sections
from recalldesk.store.connection import Database
from recalldesk.store.lines import StoredLine
from recalldesk.store.sections import StoredSection

KEY = "correct horse battery staple"
DB_NAME = "recalldesk.sqlite3"
RECORD_TABLES = ("office", "operator", "circulator", "section", "signature_line")
CENTRAL_TABLES = ("sync_packet", "sync_conflict", "duplicate_decision", "audit_log")

NAMES = [("Ana", "Lopez"), ("Ben", "Okafor"), ("Cho", "Park"), ("Dee", "Nguyen"), ("Eli", "Cruz")]


@dataclass
class Site:
    """One database (an office's or central's) with the actor that works in it."""

    code: str
    ws: Workspace
    actor: Actor
    office_id: int
    campaign: Campaign

    @property
    def db(self) -> Database:
        return self.ws.db

    def section(
        self, serial: str, declared: int = 10, circulator_id: int | None = None
    ) -> StoredSection:
        section = Section(
            serial, declared, circulated_from=date(2022, 2, 1), circulated_to=date(2022, 2, 9),
            declaration_signed=True, declaration_dated=True, declaration_place=True,
            received_on=date(2022, 2, 10),
        )  # fmt: skip
        return sections.add_section(
            self.db, self.actor, self.campaign, section, self.office_id, circulator_id
        )

    def key(self, zips: ZipTable, section_id: int, count: int, start: int = 1) -> list[StoredLine]:
        out = []
        for n in range(start, start + count):
            first, last = NAMES[(n - 1) % len(NAMES)]
            line = SignatureLine(n, first, last, str(100 + n), "N Lake Ave", "", "", "91104")
            out.append(lines.accept_line(self.db, self.actor, zips, section_id, line))
        return out

    def sync(self, folder: Path, *, full: bool = False, after_restore: bool = False) -> Path:
        result = write_packet(
            self.ws, self.actor, folder, full=full, after_restore=after_restore
        ).value
        assert result.path is not None
        return result.path

    def close(self) -> None:
        self.ws.close()


def make_site(folder: Path, code: str, *, central: bool = False, key: str = KEY) -> Site:
    (folder / code).mkdir(parents=True, exist_ok=True)
    ws = Workspace.open(folder / code / DB_NAME)
    ident = set_up(
        ws, LA_COUNTY_DA_RECALL_2022, FieldOffice(code, f"{code} office"), Operator(f"{code} Lead"),
        role=Role.CENTRAL if central else Role.OFFICE, campaign_key=key, secret=LEAD_PASSWORD,
    ).value  # fmt: skip
    return Site(code, ws, operator_actor(ws, ident.operator), ident.office.id, ident.campaign)


LEAD_PASSWORD = "test password 1"  # each site's first operator: a lead, central's a coordinator


def open_site(folder: Path, code: str) -> Site:
    ws = Workspace.open(folder / code / DB_NAME)
    office = next(o for o in people.list_offices(ws.db) if o.value.code == code)
    operator = people.list_operators(ws.db, office.id)[0]
    campaign = ws.require_campaign()
    return Site(code, ws, operator_actor(ws, operator), office.id, campaign)


@dataclass
class World:
    """Offices PAS and GLN, central HQ, and an outbox folder on the "USB stick"."""

    pas: Site
    gln: Site
    hq: Site
    out: Path

    def merge(self, *sources: Path) -> MergeReport:
        return merge_packets(self.hq.ws, self.hq.actor, list(sources) or [self.out]).value

    def sites(self) -> list[Site]:
        return [self.pas, self.gln, self.hq]


def _build(folder: Path, zips: ZipTable) -> None:
    pas = make_site(folder, "PAS")
    circulator = people.add_circulator(
        pas.db, pas.actor, Circulator("Sam Lee", "12 Oak St", "Pasadena", "91101")
    )
    first = pas.section("PAS-0001", 5, circulator.id)
    pas.key(zips, first.id, 3)
    second = pas.section("PAS-0002", 4)
    pas.key(zips, second.id, 2)
    gln = make_site(folder, "GLN")
    third = gln.section("GLN-0001", 6)
    gln.key(zips, third.id, 3)
    hq = make_site(folder, "HQ", central=True)
    for site in (pas, gln, hq):
        site.ws.db.checkpoint("TRUNCATE")
        site.close()


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("world")
    _build(folder, load_default_zip_table())
    return folder


@pytest.fixture
def world(world_template: Path, tmp_path: Path) -> Iterator[World]:
    folder = tmp_path / "world"
    shutil.copytree(world_template, folder)
    out = tmp_path / "usb"
    out.mkdir()
    built = World(open_site(folder, "PAS"), open_site(folder, "GLN"), open_site(folder, "HQ"), out)
    yield built
    for site in built.sites():
        site.close()


# --- checking a master database -------------------------------------------------------


def fingerprint(db: Database) -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every row, per table (meta included)."""
    out = {}
    for table in (*RECORD_TABLES, *CENTRAL_TABLES, "meta"):
        rows = db.query(f"SELECT * FROM {table} ORDER BY {'key' if table == 'meta' else 'rowid'}")
        digest = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
        out[table] = (len(rows), digest)
    return out


def record_fingerprint(db: Database) -> dict[str, tuple[int, str]]:
    """:func:`fingerprint` of the record tables only (what offices own)."""
    full = fingerprint(db)
    return {t: full[t] for t in RECORD_TABLES}


def line_uuids(db: Database, *, live: bool = True) -> set[str]:
    where = "WHERE deleted = 0" if live else ""
    return {r[0] for r in db.query(f"SELECT uuid FROM signature_line {where}")}


# --- editing packets the way a hostile or careless hand would -------------------------


def plain(path: Path, key: str = KEY) -> Path:
    """The sync file as its sealed workbook: decrypted in place when it travelled encrypted
    (exchange.transport), so a test can edit its zip members as a hostile hand would."""
    from io import BytesIO

    from msoffcrypto.format.ooxml import OOXMLFile

    from recalldesk.exchange.transport import OLE_MAGIC

    with open(path, "rb") as handle:
        if handle.read(len(OLE_MAGIC)) != OLE_MAGIC:
            return path
        handle.seek(0)
        found = OOXMLFile(handle)
        found.load_key(password=key)
        out = BytesIO()
        found.decrypt(out)
    path.write_bytes(out.getvalue())
    return path


def rewrite_packet(
    source: Path,
    target: Path,
    edit: Callable[[openpyxl.Workbook], None],
    *,
    resign: str | None = None,
) -> Path:
    """Load a packet with openpyxl, apply ``edit``, save it; seal it again with ``resign``.

    Sealing again stands for a tool that holds the campaign key but writes
    something wrong, so the checks behind the seal can be reached. Without
    it the file is as Excel would leave it: unsealed.
    """
    wb = openpyxl.load_workbook(plain(source))
    edit(wb)
    wb.save(target)
    if resign is not None:
        reseal(target, resign)
    return target


def reseal(path: Path, key: str = KEY) -> Path:
    """Seal ``path`` (a packet or digest, by its name) with the campaign key ``key``."""
    keys = derive_keys(key)
    kind = "digest" if path.name.endswith("-digest.xlsx") else "packet"
    reseal_file(path, keys.signing, keys.campaign_id, kind)
    return path


def set_manifest(wb: openpyxl.Workbook, field: str, value: str) -> None:
    for row in wb[MANIFEST_SHEET].iter_rows(min_row=2):
        if row[0].value == field:
            row[1].value = value
            return
    raise KeyError(field)


def column_of(wb: openpyxl.Workbook, sheet: str, header: str) -> int:
    """1-based column index of ``header`` on ``sheet``."""
    return [c.value for c in wb[sheet][1]].index(header) + 1


def replace_member(
    source: Path, target: Path, member: str, data: bytes, *, resign: str | None = KEY
) -> Path:
    """Copy a workbook, replacing (or adding) one zip member; sealed again with ``resign``."""
    plain(source)
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != member:
                out.writestr(info, src.read(info))
        out.writestr(member, data)
    if resign is not None:
        reseal(target, resign)
    return target


def keep_old_seal(source: Path, target: Path) -> Path:
    """Put ``source``'s seal on ``target`` (changed since): tampering by someone without the key."""
    from recalldesk.exchange.seal import SEAL_LENGTH

    seal = plain(source).read_bytes()[-SEAL_LENGTH:]
    data = target.read_bytes()
    assert data[-22:-18] == b"PK\x05\x06" and data[-2:] == b"\x00\x00"  # no comment yet
    target.write_bytes(data[:-2] + SEAL_LENGTH.to_bytes(2, "little") + seal)
    return target


def edited(line: SignatureLine, **changes: object) -> SignatureLine:
    return replace(line, **changes)  # type: ignore[arg-type]
