"""Importing the county voter file: mapping, refusals, all or nothing, provenance."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from recalldesk.core.records import Actor
from recalldesk.core.voter_file import DEMO_PRESET
from recalldesk.ops import voters
from recalldesk.ops.base import OpRefused
from recalldesk.ops.workspace import Workspace
from tests.hostile.kit import run_cli
from tests.ops.test_sample import central

__all__ = ["central"]

HEADER = [
    "VoterID", "FirstName", "MiddleName", "LastName", "Suffix", "HouseNumber", "HouseFraction",
    "StreetDir", "StreetName", "StreetType", "StreetPostDir", "Unit", "City", "Zip", "Status",
    "RegistrationDate",
]  # fmt: skip


def voter(n: int, **changes: str) -> list[str]:
    values = {
        "VoterID": f"LA{n:07d}", "FirstName": "Ana", "MiddleName": "", "LastName": f"Ruiz{n}",
        "Suffix": "", "HouseNumber": str(100 + n), "HouseFraction": "", "StreetDir": "N",
        "StreetName": "LAKE", "StreetType": "AVE", "StreetPostDir": "", "Unit": "",
        "City": "PASADENA", "Zip": "91104", "Status": "A", "RegistrationDate": "2018-03-15",
    }  # fmt: skip
    values.update(changes)
    return [values[h] for h in HEADER]


def write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join("\t".join(r) for r in [HEADER, *rows]) + "\n", encoding=encoding)
    return path


def test_a_voter_file_is_imported_with_its_provenance(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    rows = [voter(n) for n in range(1, 201)]
    rows.append(voter(201, Status="C"))
    rows.append(voter(202, FirstName="José", LastName="Muñoz", Status="I"))
    rows.append(voter(203, Zip="9110"))  # refused, by line number
    path = write(tmp_path / "la-voters.tsv", rows)
    done = voters.import_voters(
        central, actor, path, DEMO_PRESET, received_on=date(2022, 3, 1)
    ).value
    assert done.voters == 202 and [(p.line, p.code) for p in done.problems] == [
        (204, "voters.bad_zip")
    ]
    kept = done.file
    assert (kept.file_name, kept.size, kept.row_count, kept.refused_rows) == (
        "la-voters.tsv", path.stat().st_size, 202, 1)  # fmt: skip
    assert kept.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert kept.received_on == "2022-03-01" and kept.imported_by == actor.operator
    assert voters.by_status(central) == {"active": 200, "canceled": 1, "inactive": 1}
    stored = central.db.query("SELECT first, last, street, zip5 FROM voter WHERE voter_id = ?",
                              ("LA0000202",))  # fmt: skip
    assert tuple(stored[0]) == ("jose", "munoz", "n lake ave", "91104")  # normalized


def test_a_new_file_replaces_the_old_only_when_wholly_read(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    voters.import_voters(central, actor, write(tmp_path / "a.tsv", [voter(1), voter(2)]),
                         DEMO_PRESET)  # fmt: skip
    bad = [voter(n, Zip="x") for n in range(1, 150)]  # more refused rows than allowed
    with pytest.raises(OpRefused) as refused:
        voters.import_voters(central, actor, write(tmp_path / "b.tsv", bad), DEMO_PRESET)
    assert refused.value.message.code == "voters.too_many_refused"
    assert refused.value.message.params["line"] == 2
    assert voters.by_status(central) == {"active": 2}  # the old file's voters, untouched
    assert [f.file_name for f in voters.files(central)] == ["a.tsv"]
    voters.import_voters(central, actor, write(tmp_path / "c.tsv", [voter(9)]), DEMO_PRESET)
    assert voters.by_status(central) == {"active": 1}
    assert [(f.file_name, bool(f.current)) for f in voters.files(central)] == [
        ("c.tsv", True), ("a.tsv", False)]  # fmt: skip


def test_refusals_name_what_is_wrong(central: Workspace, actor: Actor, tmp_path: Path) -> None:
    path = write(tmp_path / "v.tsv", [voter(1)])
    wrong = replace(DEMO_PRESET, columns={**DEMO_PRESET.columns, "zip": "ZIP5"})
    with pytest.raises(OpRefused) as refused:
        voters.import_voters(central, actor, path, wrong)
    assert refused.value.message.code == "voters.refused"
    partial = replace(DEMO_PRESET, columns={"voter_id": "VoterID"})
    with pytest.raises(OpRefused) as refused:
        voters.import_voters(central, actor, path, partial)
    assert refused.value.message.code == "voters.mapping_incomplete"
    with pytest.raises(OpRefused):
        voters.import_voters(central, actor, tmp_path / "none.tsv", DEMO_PRESET)
    assert voters.files(central) == []


def test_a_windows_1252_file_is_read(central: Workspace, actor: Actor, tmp_path: Path) -> None:
    path = write(tmp_path / "w.tsv", [voter(1, FirstName="José")], encoding="cp1252")
    voters.import_voters(central, actor, path, DEMO_PRESET)
    assert central.db.query("SELECT first FROM voter")[0][0] == "jose"


def test_only_the_central_office_imports(ws: Workspace, actor: Actor, tmp_path: Path) -> None:
    with pytest.raises(OpRefused):
        voters.import_voters(ws, actor, write(tmp_path / "v.tsv", [voter(1)]), DEMO_PRESET)


def test_the_voters_commands(tmp_path: Path) -> None:
    folder = tmp_path / "hq"
    assert run_cli(folder, "demo", "--lines", "500", "--central").code == 0
    path = write(tmp_path / "v.tsv", [voter(n) for n in range(1, 11)])
    done = run_cli(folder, "voters", "import", str(path), "--received", "2022-03-01")
    assert done.code == 0 and "10 voters" in done.out, done.text
    listed = run_cli(folder, "voters", "list")
    assert "v.tsv" in listed.out and "2022-03-01" in listed.out
    bad = run_cli(folder, "voters", "import", str(tmp_path / "missing.tsv"))
    assert bad.code != 0 and "missing.tsv" in bad.text
