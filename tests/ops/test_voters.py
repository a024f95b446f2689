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


def test_read_by_columns_or_by_rows_a_file_gives_the_same_voters(
    central: Workspace, actor: Actor, tmp_path: Path
) -> None:
    pytest.importorskip("pyarrow")
    rows = [
        voter(1, FirstName="José Luis", LastName="Muñoz Peña", Suffix="Jr"),
        voter(2, FirstName=" ana ", MiddleName="maria", LastName="O'Brien", Unit="Apt 4B"),
        voter(3, FirstName="", MiddleName="Lee", HouseFraction="1/2", StreetPostDir="E"),
        voter(4, LastName="Smith Sr", StreetDir="", StreetType="", City="", Status="I"),
        voter(5, Zip="9110"),  # refused: a bad ZIP
        ["LA9", "Short"],  # refused: too few columns
        [""] * 0,  # a blank line: skipped, not refused
        voter(6, Status="Q"),  # refused: an unknown status
        voter(7, RegistrationDate="13/45/2019"),  # refused: not a date
        voter(8, RegistrationDate="03/15/2019", Zip="91104-1234"),
        voter(9, FirstName="", LastName=""),  # refused: no name
        voter(10, VoterID=""),  # refused: no id
    ]
    path = write(tmp_path / "v.tsv", rows)
    found = {}
    for force_rows in (False, True):
        done = voters.import_voters(central, actor, path, DEMO_PRESET, force_rows=force_rows).value
        stored = central.db.query(
            "SELECT voter_id, first, middle, last, surname, suffix, number, street, street_core, "
            "unit, zip5, city, status, registered_on, ka, kn FROM voter ORDER BY voter_id"
        )
        found[force_rows] = (
            [tuple(r) for r in stored], [(p.line, p.code) for p in done.problems],
            done.file.refused_rows,
        )  # fmt: skip
    assert found[False] == found[True]
    stored, problems, refused = found[True]
    assert len(stored) == 5 and refused == 6
    assert problems == [
        (6, "voters.bad_zip"), (7, "voters.short_row"), (9, "voters.bad_status"),
        (10, "voters.bad_date"), (12, "voters.no_name"), (13, "voters.no_id"),
    ]  # fmt: skip
    by_id = {r[0]: r for r in stored}
    assert by_id["LA0000001"][1:6] == ("jose", "luis", "munoz pena", "munoz", "jr")
    assert by_id["LA0000003"][1:3] == ("lee", "") and by_id["LA0000003"][6] == "10312"
    assert by_id["LA0000008"][10] == "91104" and by_id["LA0000008"][13] == "2019-03-15"


def test_a_big_file_is_read_in_a_second_process_with_the_same_rows(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from recalldesk.exchange.voter_text import encoding_of
    from recalldesk.ops.voter_load import ColumnProblems, column_rows

    rows = [voter(n) for n in range(1, 3000)] + [voter(3000, Zip="x"), ["short"]]
    path = write(tmp_path / "v.tsv", rows)
    found = {}
    for process in (False, True):
        problems = ColumnProblems(limit=20)
        out = list(
            column_rows(path, HEADER, DEMO_PRESET, encoding_of(path), "\t", False,
                        path.stat().st_size, problems, None, None, process=process)
        )  # fmt: skip
        found[process] = (out, problems.refused, sorted(problems.shown))
    assert found[True] == found[False]
    assert len(found[True][0]) == 2999 and found[True][1] == 2


@pytest.mark.parametrize("process", [False, True])
def test_a_big_import_reports_its_progress_as_it_goes(
    central: Workspace, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    process: bool,
) -> None:  # fmt: skip
    """The column reader's batches say how far into the file they are: a county file's
    progress bar moves (it sat at 0% until the end)."""
    pytest.importorskip("pyarrow")
    from recalldesk.exchange import voter_columns
    from recalldesk.ops import voter_load

    monkeypatch.setattr(voter_columns, "BLOCK", 1 << 16)  # small batches for a small file
    monkeypatch.setattr(voter_load, "PROCESS_FROM", 0 if process else 1 << 40)
    path = write(tmp_path / "v.tsv", [voter(n) for n in range(1, 4000)])
    seen: list[tuple[int, int]] = []
    done = voters.import_voters(
        central, actor, path, DEMO_PRESET, progress=lambda d, t: seen.append((d, t))
    ).value
    assert done.voters == 3999
    size = path.stat().st_size
    between = [d for d, t in seen if 0 < d < t]
    assert len(between) >= 3 and between == sorted(between), seen
    assert all(t in (size, done.voters) for _, t in seen)


def test_the_demo_voter_file_is_matched_and_purged_from_the_command_line(tmp_path: Path) -> None:
    """The headless path a coordinator's script takes: a demo drive and the voter file it was
    signed from, imported, matched, listed, purged; an office refused the file, then allowed."""
    folder = tmp_path / "hq"
    voters_file = tmp_path / "voters.tsv"
    made = run_cli(folder, "demo", "--lines", "800", "--central", "--voter-file", str(voters_file))
    assert made.code == 0 and voters_file.exists(), made.text
    assert (tmp_path / "voters.truth.tsv").exists()
    assert run_cli(folder, "voters", "import", str(voters_file)).code == 0
    matched = run_cli(folder, "voters", "match")
    assert matched.code == 0 and "Matched 800 lines" in matched.out, matched.text
    assert "registered at this address:" in matched.out
    again = run_cli(folder, "voters", "match")
    assert "Matched 0 lines" in again.out
    purged = run_cli(folder, "voters", "purge")
    assert purged.code == 0 and "Removed" in purged.out and "800 predicted" in purged.out
    office = tmp_path / "office"
    assert run_cli(office, "demo", "--lines", "50").code == 0
    refused = run_cli(office, "voters", "import", str(voters_file))
    assert refused.code != 0 and "central" in refused.text.lower(), refused.text
    assert run_cli(office, "voters", "office-copy", "on").code == 0
    assert run_cli(office, "voters", "import", str(voters_file)).code == 0
